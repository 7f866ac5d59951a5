using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.SmeSupport;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Exports;
using Iljari.Web.Infrastructure.SmeSupport;

namespace Iljari.Web.Pages.Staff.SmeSupport;

/// <summary>기업 애로사항 routed to the caller's agency: open ones first by due date, overdue ones marked; Excel of the list.</summary>
public class DifficultiesModel(AppDbContext db, TimeProvider time) : PageModel
{
    private const int PageSize = 30;

    public sealed record Row(Difficulty Difficulty, string Company);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public Pager Pager { get; private set; } = null!;
    public int Total { get; private set; }
    [BindProperty(SupportsGet = true)] public bool Open { get; set; } = true;

    public async Task<IActionResult> OnGetAsync([FromQuery] int page = 1, CancellationToken ct = default)
    {
        if (await db.SupportAgencyIdAsync(User, ct) is not { } agencyId) return Forbid();
        Today = KoreanFormat.TodayInKorea(time);
        var query = Query(agencyId);
        Total = await query.CountAsync(ct);
        page = Math.Clamp(page, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        Rows = await query.Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        Pager = new Pager(page, PageSize, Total, "/Staff/SmeSupport/Difficulties", Request.Query);
        return Page();
    }

    public async Task<IActionResult> OnGetExcelAsync([FromServices] ExcelExport export, CancellationToken ct)
    {
        if (await db.SupportAgencyIdAsync(User, ct) is not { } agencyId) return Forbid();
        var rows = await Query(agencyId).ToListAsync(ct);
        return await export.FileAsync("기업 애로사항 목록", SmeSupportExcel.Difficulties(rows.Select(r => (r.Difficulty, r.Company)), KoreanFormat.TodayInKorea(time)), ct);
    }

    private IQueryable<Row> Query(int agencyId)
    {
        var query = db.Difficulties.AsNoTracking().Where(d => d.AgencyId == agencyId);
        if (Open) query = query.Where(d => d.Status != DifficultyStatus.Answered);
        return query.OrderBy(d => d.Status == DifficultyStatus.Answered).ThenBy(d => d.DueOn).ThenBy(d => d.Id)
            .Join(db.Companies, d => d.CompanyId, c => c.Id, (d, c) => new Row(d, c.Name));
    }
}
