using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.SmeSupport;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.SmeSupport;

namespace Iljari.Web.Pages.Employer.Support;

/// <summary>우리 기업 지원사업: calls open now, and this company's applications with their status and results; 신청 취소 before the deadline.</summary>
public class IndexModel(AppDbContext db, SupportApplications applications, TimeProvider time) : PageModel
{
    public sealed record Row(SupportApplication Application, SupportCall Call);

    public IReadOnlyList<SupportCall> OpenCalls { get; private set; } = [];
    public IReadOnlyList<Row> Mine { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await db.CompanyIdAsync(User, ct) is not { } companyId) return Forbid();
        await LoadAsync(companyId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int applicationId, CancellationToken ct)
    {
        if (await db.CompanyIdAsync(User, ct) is not { } companyId) return Forbid();
        if (!await db.SupportApplications.AnyAsync(a => a.Id == applicationId && a.CompanyId == companyId, ct)) return NotFound();
        try
        {
            await applications.WithdrawAsync(applicationId, companyId, User.Id()!, ct);
            TempData["Notice"] = "신청을 취소했습니다.";
            return RedirectToPage();
        }
        catch (Exception e) when (e.IsUserError())
        {
            db.ChangeTracker.Clear();
            ModelState.AddErrors(e, "Input");
        }
        await LoadAsync(companyId, ct);
        return Page();
    }

    private async Task LoadAsync(int companyId, CancellationToken ct)
    {
        Today = KoreanFormat.TodayInKorea(time);
        var today = Today;
        OpenCalls = await db.SupportCalls.AsNoTracking()
            .Where(c => c.Status == SupportCallStatus.Published && c.Opens <= today && c.Closes >= today).OrderBy(c => c.Closes).Take(50).ToListAsync(ct);
        Mine = await db.SupportApplications.AsNoTracking().Where(a => a.CompanyId == companyId).OrderByDescending(a => a.SubmittedAt).Take(100)
            .Join(db.SupportCalls, a => a.CallId, c => c.Id, (a, c) => new Row(a, c)).ToListAsync(ct);
    }
}
