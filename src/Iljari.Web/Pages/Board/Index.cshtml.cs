using Iljari.Core.Domain.Board;
using Iljari.Web.Infrastructure;

namespace Iljari.Web.Pages.Board;

/// <summary>정보공유 게시판: notices of the network's member organisations, open to everyone, filtered by kind, group and 구.</summary>
[AllowAnonymous]
public class IndexModel(AppDbContext db) : PageModel
{
    private const int PageSize = 20;

    public sealed record Row(Notice Notice, string Organisation);

    [BindProperty(SupportsGet = true)] public NoticeKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Group { get; set; }
    [BindProperty(SupportsGet = true)] public string? District { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public Pager Pager { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery] int page = 1, CancellationToken ct = default)
    {
        var query = Filtered();
        Total = await query.CountAsync(ct);
        page = Math.Clamp(page, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        Rows = await RowsAsync(query, (page - 1) * PageSize, PageSize, ct);
        Pager = new Pager(page, PageSize, Total, "/Board", Request.Query);
    }

    /// <summary>The filtered list, every row, as a workbook (the notices are public; the download is logged like any export).</summary>
    public async Task<IActionResult> OnGetExcelAsync([FromServices] Infrastructure.Exports.ExcelExport export, CancellationToken ct)
    {
        var rows = await RowsAsync(Filtered(), 0, int.MaxValue, ct);
        var refs = Core.Domain.Codes.ReferenceCatalog.Instance;
        return await export.FileAsync("정보공유 게시판", Infrastructure.Exports.ExcelSheet.Of("게시글", rows,
            ("종류", r => r.Notice.Kind.Label()), ("제목", r => r.Notice.Title), ("게시 기관", r => r.Organisation), ("게시일", r => r.Notice.PublishedAt),
            ("대상", r => r.Notice.Groups.Count == 0 ? "누구나" : string.Join(", ", r.Notice.Groups.Select(TargetGroups.Label))),
            ("지역", r => r.Notice.Districts.Count == 0 ? "고양시 전체" : string.Join(", ", r.Notice.Districts.Select(refs.Regions.NameOf)))), ct);
    }

    private IQueryable<Notice> Filtered()
    {
        var query = db.Notices.AsNoTracking();
        if (Kind is { } kind) query = query.Where(n => n.Kind == kind);
        // A notice for everyone (no group / no 구) is shown under every filter.
        if (Group is { Length: > 0 } g) query = query.Where(n => n.Groups.Count == 0 || n.Groups.Contains(g));
        if (District is { Length: > 0 } d) query = query.Where(n => n.Districts.Count == 0 || n.Districts.Contains(d));
        return query;
    }

    private async Task<List<Row>> RowsAsync(IQueryable<Notice> query, int skip, int take, CancellationToken ct) =>
        (await query.Join(db.Organisations, n => n.OrganisationId, o => o.Id, (n, o) => new { n, o.Name })
            .OrderByDescending(x => x.n.PublishedAt).ThenByDescending(x => x.n.Id).Skip(skip).Take(take).ToListAsync(ct))
            .Select(x => new Row(x.n, x.Name)).ToList();
}
