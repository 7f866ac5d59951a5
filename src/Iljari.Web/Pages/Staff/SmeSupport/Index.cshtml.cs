using Iljari.Core.Domain.SmeSupport;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Exports;
using Iljari.Web.Infrastructure.SmeSupport;

namespace Iljari.Web.Pages.Staff.SmeSupport;

/// <summary>
/// 기업 지원사업: the calls the caller's agency runs (with counts and Excel), and the calls the caller reviews. The city's
/// staff do not run calls here; they see the ones they are assigned to review.
/// </summary>
public class IndexModel(AppDbContext db) : PageModel
{
    private const int PageSize = 20;

    public sealed record Row(SupportCall Call, int Applications);

    public bool RunsCalls { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<SupportCall> Reviewing { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;
    public int Total { get; private set; }

    public async Task OnGetAsync([FromQuery] int page = 1, CancellationToken ct = default)
    {
        var me = User.Id();
        Reviewing = await db.SupportCalls.AsNoTracking().Where(c => db.SupportReviewers.Any(r => r.CallId == c.Id && r.UserId == me))
            .OrderByDescending(c => c.Closes).Take(50).ToListAsync(ct);
        if (await db.SupportAgencyIdAsync(User, ct) is not { } agencyId)
        {
            Pager = new Pager(1, PageSize, 0, "/Staff/SmeSupport", Request.Query);
            return;
        }
        RunsCalls = true;
        var query = Calls(agencyId);
        Total = await db.SupportCalls.CountAsync(c => c.AgencyId == agencyId, ct);
        page = Math.Clamp(page, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        Rows = await query.Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        Pager = new Pager(page, PageSize, Total, "/Staff/SmeSupport", Request.Query);
    }

    public async Task<IActionResult> OnGetExcelAsync([FromServices] ExcelExport export, CancellationToken ct)
    {
        if (await db.SupportAgencyIdAsync(User, ct) is not { } agencyId) return Forbid();
        var rows = await Calls(agencyId).ToListAsync(ct);
        return await export.FileAsync("지원사업 공고 목록", SmeSupportExcel.Calls(rows.Select(r => (r.Call, r.Applications))), ct);
    }

    private IQueryable<Row> Calls(int agencyId) => db.SupportCalls.AsNoTracking().Where(c => c.AgencyId == agencyId)
        .OrderByDescending(c => c.CreatedAt)
        .Select(c => new Row(c, db.SupportApplications.Count(a => a.CallId == c.Id && a.Status != SupportApplicationStatus.Withdrawn)));
}
