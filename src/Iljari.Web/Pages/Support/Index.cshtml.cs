using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.SmeSupport;
using Iljari.Web.Infrastructure;

namespace Iljari.Web.Pages.Support;

/// <summary>지원사업 공고 for everyone: published and closed calls, those still taking applications first.</summary>
[AllowAnonymous]
public class IndexModel(AppDbContext db, TimeProvider time) : PageModel
{
    private const int PageSize = 20;

    public sealed record Row(SupportCall Call, string Agency);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public Pager Pager { get; private set; } = null!;
    public int Total { get; private set; }
    [BindProperty(SupportsGet = true)] public SupportKind? Kind { get; set; }

    public async Task OnGetAsync([FromQuery] int page = 1, CancellationToken ct = default)
    {
        Today = KoreanFormat.TodayInKorea(time);
        var query = Filtered();
        Total = await query.CountAsync(ct);
        page = Math.Clamp(page, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        Rows = await RowsAsync(query, (page - 1) * PageSize, PageSize, ct);
        Pager = new Pager(page, PageSize, Total, "/Support", Request.Query);
    }

    /// <summary>Every call of the filter as a workbook, in the page's order.</summary>
    public async Task<IActionResult> OnGetExcelAsync([FromServices] Infrastructure.Exports.ExcelExport export, CancellationToken ct)
    {
        Today = KoreanFormat.TodayInKorea(time);
        var rows = await RowsAsync(Filtered(), 0, int.MaxValue, ct);
        return await export.FileAsync("지원사업 공고", Infrastructure.Exports.ExcelSheet.Of("공고", rows,
            ("종류", r => r.Call.Kind.Label()), ("공고명", r => r.Call.Title), ("운영 기관", r => r.Agency), ("접수 시작", r => r.Call.Opens),
            ("접수 마감", r => r.Call.Closes), ("예산(원)", r => r.Call.Budget), ("상태", r => StateOf(r.Call))), ct);
    }

    /// <summary>접수 중, 접수 예정 or 마감 on today's date.</summary>
    public string StateOf(SupportCall c) => c.IsOpenOn(Today) ? "접수 중" : c.Status == SupportCallStatus.Published && c.Opens > Today ? "접수 예정" : "마감";

    private IQueryable<SupportCall> Filtered()
    {
        var query = db.SupportCalls.AsNoTracking().Where(c => c.Status != SupportCallStatus.Draft);
        return Kind is { } k ? query.Where(c => c.Kind == k) : query;
    }

    private Task<List<Row>> RowsAsync(IQueryable<SupportCall> query, int skip, int take, CancellationToken ct)
    {
        var today = Today;
        return query.OrderBy(c => c.Status != SupportCallStatus.Published || c.Closes < today).ThenByDescending(c => c.Opens).ThenBy(c => c.Id)
            .Skip(skip).Take(take)
            .Join(db.Agencies, c => c.AgencyId, a => a.Id, (c, a) => new Row(c, a.Name)).ToListAsync(ct);
    }
}
