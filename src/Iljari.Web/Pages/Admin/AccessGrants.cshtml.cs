using Iljari.Core.Domain.Accounts;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Exports;

namespace Iljari.Web.Pages.Admin;

/// <summary>접근권한 부여·변경·말소 기록: the city admin searches by account, action and period, and exports to Excel (itself logged).</summary>
public class AccessGrantsModel(AppDbContext db) : PageModel
{
    private const int PageSize = 50;
    /// <summary>An export holds at most this many rows; narrow the period for more.</summary>
    public const int ExportLimit = 100_000;

    /// <summary>Part of the staff account's e-mail or name.</summary>
    [BindProperty(SupportsGet = true)] public string? Subject { get; set; }
    /// <summary>Part of the granting admin's e-mail (or "운영 명령").</summary>
    [BindProperty(SupportsGet = true)] public string? GrantedBy { get; set; }
    [BindProperty(SupportsGet = true)] public AccessGrantAction? Action { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    public IReadOnlyList<AccessGrantRecord> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public Pager Pager { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery] int page = 1, CancellationToken ct = default)
    {
        var query = Filtered();
        Total = await query.CountAsync(ct);
        page = Math.Clamp(page, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        Rows = await query.OrderByDescending(g => g.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        Pager = new Pager(page, PageSize, Total, "/Admin/AccessGrants", Request.Query);
    }

    public async Task<IActionResult> OnGetExcelAsync([FromServices] ExcelExport export, CancellationToken ct)
    {
        var rows = await Filtered().OrderBy(g => g.Id).Take(ExportLimit).ToListAsync(ct);
        return await export.FileAsync("접근권한 기록", ExcelSheet.Of("접근권한", rows,
            ("번호", g => g.Id), ("일시", g => g.At), ("처리", g => g.Action.Label()), ("대상 계정", g => g.Subject),
            ("권한", g => g.Right), ("처리자", g => g.GrantedBy), ("사유", g => g.Reason)), ct);
    }

    private IQueryable<AccessGrantRecord> Filtered()
    {
        var query = db.AccessGrants.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Subject)) query = query.Where(g => g.Subject.Contains(Subject.Trim()));
        if (!string.IsNullOrWhiteSpace(GrantedBy)) query = query.Where(g => g.GrantedBy.Contains(GrantedBy.Trim()));
        if (Action is { } action && Enum.IsDefined(action)) query = query.Where(g => g.Action == action);
        // Korean days; dates outside 2000–2100 are ignored (they would overflow and cannot hold rows).
        if (From is { Year: >= 2000 and <= 2100 } from) { var f = from.ToDateTime(TimeOnly.MinValue).AddHours(-9); query = query.Where(g => g.At >= f); }
        if (To is { Year: >= 2000 and <= 2100 } to) { var t = to.AddDays(1).ToDateTime(TimeOnly.MinValue).AddHours(-9); query = query.Where(g => g.At < t); }
        return query;
    }
}
