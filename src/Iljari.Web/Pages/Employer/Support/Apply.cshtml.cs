using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.SmeSupport;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.SmeSupport;

namespace Iljari.Web.Pages.Employer.Support;

/// <summary>
/// 지원사업 신청: the eligibility verdict from the company record (reasons in Korean), then the requested amount, a short
/// plan, the 설립일 (the company record has none) and one file per required document.
/// </summary>
public class ApplyModel(AppDbContext db, SupportApplications applications, TimeProvider time) : PageModel
{
    public SupportCall Call { get; private set; } = null!;
    public SupportVerdict Verdict { get; private set; } = new(true, []);
    public bool AlreadyApplied { get; private set; }

    [BindProperty] public ApplyInput Input { get; set; } = new();

    public sealed class ApplyInput
    {
        public long? RequestedAmount { get; set; }
        public string? Plan { get; set; }
        public DateOnly? FoundedOn { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await db.CompanyIdAsync(User, ct) is not { } companyId) return Forbid();
        return await LoadAsync(id, companyId, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await db.CompanyIdAsync(User, ct) is not { } companyId) return Forbid();
        if (!await LoadAsync(id, companyId, ct)) return NotFound();
        var files = Enumerable.Range(0, Call.RequiredDocuments.Count).Select(i => Request.Form.Files.GetFile($"Document{i}")).ToList();
        try
        {
            var application = await applications.ApplyAsync(id, companyId, Input.RequestedAmount, Input.Plan, Input.FoundedOn, files, User.Id()!, ct);
            TempData["Notice"] = "신청했습니다. 심사 결과를 알려 드립니다.";
            return RedirectToPage("/Employer/Support/Application", new { id = application.Id });
        }
        catch (Exception e) when (e.IsUserError())
        {
            ModelState.AddErrors(e, nameof(Input));
        }
        await LoadAsync(id, companyId, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, int companyId, CancellationToken ct)
    {
        var call = await db.SupportCalls.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.Status != SupportCallStatus.Draft, ct);
        if (call is null) return false;
        Call = call;
        var company = await db.Companies.AsNoTracking().FirstAsync(c => c.Id == companyId, ct);
        Verdict = SupportEligibility.Check(call.Eligibility, SmeSupportAccess.FactsOf(company, Input.FoundedOn), KoreanFormat.TodayInKorea(time));
        AlreadyApplied = await applications.HasLiveApplicationAsync(id, companyId, ct);
        return true;
    }
}
