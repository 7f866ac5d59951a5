using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Sharing;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Sharing;
using Iljari.Web.Infrastructure.Exports;

namespace Iljari.Web.Pages.Admin;

/// <summary>
/// 개인정보 접속기록 조회: the city admin searches by account, subject, action and period, and exports to Excel (itself logged).
/// Above the list, the unusual-volume alerts (<see cref="AccessVolumeMonitor"/>) wait to be acknowledged.
/// </summary>
public class AccessLogModel(AppDbContext db, TimeProvider time) : PageModel
{
    /// <summary>Acknowledged alerts stay listed this long, so a colleague sees who looked at them.</summary>
    private static readonly TimeSpan AcknowledgedShown = TimeSpan.FromDays(30);

    private const int PageSize = 50;
    /// <summary>An export holds at most this many rows; narrow the period for more.</summary>
    public const int ExportLimit = 100_000;

    [BindProperty(SupportsGet = true)] public string? Account { get; set; }
    [BindProperty(SupportsGet = true)] public int? Subject { get; set; }
    [BindProperty(SupportsGet = true)] public string? Action { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    public IReadOnlyList<AccessLogEntry> Rows { get; private set; } = [];
    /// <summary>Set after "위·변조 검사": the whole chain checked from the first row.</summary>
    public ChainVerification? Verification { get; private set; }
    public int Total { get; private set; }
    public Pager Pager { get; private set; } = null!;
    public IReadOnlyList<AccessAlert> Alerts { get; private set; } = [];

    public async Task OnGetAsync([FromQuery] int page = 1, CancellationToken ct = default)
    {
        var query = Filtered();
        Total = await query.CountAsync(ct);
        page = Math.Clamp(page, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        Rows = await query.OrderByDescending(e => e.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        Pager = new Pager(page, PageSize, Total, "/Admin/AccessLog", Request.Query);
        var shownSince = time.GetUtcNow().UtcDateTime - AcknowledgedShown;
        Alerts = await db.AccessAlerts.AsNoTracking().Where(a => a.AcknowledgedAt == null || a.AcknowledgedAt >= shownSince)
            .OrderBy(a => a.AcknowledgedAt != null).ThenByDescending(a => a.WindowEnd).Take(50).ToListAsync(ct);
    }

    /// <summary>확인: the alert was looked into; who and when are kept on it.</summary>
    public async Task<IActionResult> OnPostAcknowledgeAsync(int alertId, CancellationToken ct)
    {
        var alert = await db.AccessAlerts.FirstOrDefaultAsync(a => a.Id == alertId, ct);
        if (alert is null) return NotFound();
        try
        {
            alert.Acknowledge(User.Id()!, User.Identity?.Name ?? "", time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
            TempData["Notice"] = $"{alert.UserName} 계정의 이상 징후 알림을 확인 처리했습니다.";
        }
        catch (DomainException e)
        {
            TempData["Error"] = e.Message;
        }
        return RedirectToPage();
    }

    public async Task OnGetVerifyAsync(CancellationToken ct)
    {
        Verification = await AccessLogIntegrity.VerifyAsync(db, ct);
        await OnGetAsync(1, ct);
    }

    public async Task<IActionResult> OnGetExcelAsync([FromServices] ExcelExport export, CancellationToken ct)
    {
        var rows = await Filtered().OrderBy(e => e.Id).Take(ExportLimit).ToListAsync(ct);
        return await export.FileAsync("개인정보 접속기록", ExcelSheet.Of("접속기록", rows,
            ("번호", e => e.Id), ("일시", e => e.At), ("계정", e => e.UserName), ("기관 번호", e => e.OrganisationId), ("접속 IP", e => e.Ip),
            ("정보주체(구직자 번호)", e => e.SubjectSeekerProfileId), ("행위", e => e.Action), ("내용", e => e.Detail)), ct);
    }

    private IQueryable<AccessLogEntry> Filtered()
    {
        var query = db.AccessLog.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Account)) query = query.Where(e => e.UserName.Contains(Account.Trim()));
        if (Subject is { } subject) query = query.Where(e => e.SubjectSeekerProfileId == subject);
        if (!string.IsNullOrWhiteSpace(Action)) query = query.Where(e => e.Action == Action);
        // Dates are Korean days; dates outside 2000–2100 are ignored (they would overflow and cannot hold rows).
        if (From is { Year: >= 2000 and <= 2100 } from) { var f = Core.Dashboard.Kst.StartUtc(from); query = query.Where(e => e.At >= f); }
        if (To is { Year: >= 2000 and <= 2100 } to) { var t = Core.Dashboard.Kst.EndUtc(to); query = query.Where(e => e.At < t); }
        return query;
    }
}
