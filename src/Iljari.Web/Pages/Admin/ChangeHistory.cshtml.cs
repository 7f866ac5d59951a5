using Iljari.Core.Domain.Common;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.ChangeHistory;
using Iljari.Web.Infrastructure.Exports;

namespace Iljari.Web.Pages.Admin;

/// <summary>
/// 변경 이력: every recorded change to the enterprise-support records (calls, reviews, social enterprises, guarantees,
/// interest support), searchable by kind of record, account and period, with Excel. Each record's own page shows its part.
/// </summary>
public class ChangeHistoryModel(AppDbContext db, ChangeHistoryReader reader) : PageModel
{
    private const int PageSize = 50;
    /// <summary>An export holds at most this many rows; narrow the period for more.</summary>
    public const int ExportLimit = 100_000;

    [BindProperty(SupportsGet = true)] public string? Entity { get; set; }
    [BindProperty(SupportsGet = true)] public string? Account { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    public IReadOnlyList<ChangeRow> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public Pager Pager { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery] int page = 1, CancellationToken ct = default)
    {
        var query = Filtered();
        Total = await query.CountAsync(ct);
        page = Math.Clamp(page, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        Rows = await reader.RowsAsync(query.OrderByDescending(c => c.Id).Skip((page - 1) * PageSize).Take(PageSize), ct);
        Pager = new Pager(page, PageSize, Total, "/Admin/ChangeHistory", Request.Query);
    }

    public async Task<IActionResult> OnGetExcelAsync([FromServices] ExcelExport export, CancellationToken ct)
    {
        var rows = await reader.RowsAsync(Filtered().OrderBy(c => c.Id).Take(ExportLimit), ct);
        return await export.FileAsync("변경 이력", ExcelSheet.Of("변경 이력", rows,
            ("번호", r => r.Id), ("일시", r => r.At), ("변경자", r => r.Author), ("대상", r => r.Target), ("대상 번호", r => r.EntityKey),
            ("구분", r => r.Kind), ("내용", r => r.Summary)), ct);
    }

    private IQueryable<ChangeRecord> Filtered()
    {
        var query = db.ChangeRecords.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Entity) && ChangeLabels.Entities.ContainsKey(Entity)) query = query.Where(c => c.Entity == Entity);
        if (!string.IsNullOrWhiteSpace(Account)) query = query.Where(c => c.UserName != null && c.UserName.Contains(Account.Trim()));
        // Dates are Korean days; dates outside 2000–2100 are ignored (they would overflow and cannot hold rows).
        if (From is { Year: >= 2000 and <= 2100 } from) { var f = Core.Dashboard.Kst.StartUtc(from); query = query.Where(c => c.At >= f); }
        if (To is { Year: >= 2000 and <= 2100 } to) { var t = Core.Dashboard.Kst.EndUtc(to); query = query.Where(c => c.At < t); }
        return query;
    }
}
