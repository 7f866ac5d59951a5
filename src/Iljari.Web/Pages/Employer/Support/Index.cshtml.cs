using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.SmeSupport;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.SmeSupport;
using Iljari.Web.Infrastructure.Exports;

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

    /// <summary>This company's applications (all of them; the page shows the latest 100).</summary>
    public async Task<IActionResult> OnGetExcelAsync([FromServices] ExcelExport export, CancellationToken ct)
    {
        if (await db.CompanyIdAsync(User, ct) is not { } companyId) return Forbid();
        var rows = await Applications(companyId).ToListAsync(ct);
        return await export.FileAsync("우리 기업 지원사업 신청 현황", ExcelSheet.Of("신청", rows,
            ("신청 번호", r => r.Application.Id), ("지원사업", r => r.Call.Title), ("종류", r => r.Call.Kind.Label()), ("신청일", r => r.Application.SubmittedAt),
            ("신청 금액(원)", r => r.Application.RequestedAmount), ("상태", r => r.Application.Status.Label()), ("지원 금액(원)", r => r.Application.AwardedAmount),
            ("사유·메모", r => r.Application.DecisionNote)), ct);
    }

    private IQueryable<Row> Applications(int companyId) =>
        from a in db.SupportApplications.AsNoTracking()
        where a.CompanyId == companyId
        join c in db.SupportCalls on a.CallId equals c.Id
        orderby a.SubmittedAt descending
        select new Row(a, c);

    private async Task LoadAsync(int companyId, CancellationToken ct)
    {
        Today = KoreanFormat.TodayInKorea(time);
        var today = Today;
        OpenCalls = await db.SupportCalls.AsNoTracking()
            .Where(c => c.Status == SupportCallStatus.Published && c.Opens <= today && c.Closes >= today).OrderBy(c => c.Closes).Take(50).ToListAsync(ct);
        Mine = await Applications(companyId).Take(100).ToListAsync(ct);
    }
}
