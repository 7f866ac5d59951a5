using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Counseling;
using Iljari.Core.Domain.Notifications;
using Iljari.Core.Notifications;
using Iljari.Core.Matching;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Counseling;
using Iljari.Web.Infrastructure.Matching;
using Iljari.Web.Infrastructure.Exports;

namespace Iljari.Web.Pages.Staff.Clients;

/// <summary>
/// 담당 구직자: the agency's queue of counseling requests (담당하기), and the counselor's clients with follow-ups due
/// (overdue plan steps, appointments in the next 7 days) and how many strong recommendations each has today.
/// </summary>
public class IndexModel(AppDbContext db, MatchingService matching, TimeProvider time) : PageModel
{
    /// <summary>A recommendation at or above this score counts as "strong" in the overview.</summary>
    public const double StrongScore = 70;
    private const int PageSize = 20;

    public sealed record Row(int SeekerProfileId, string Name, IReadOnlyList<string> DesiredOccupations, DateTime AssignedAt, int StrongMatches,
        int OverdueSteps, DateTime? NextAppointment);
    public sealed record QueueRow(int CaseId, string MaskedName, CaseOrigin Origin, string? Note, DateTime RequestedAt);

    public IReadOnlyList<QueueRow> Queue { get; private set; } = [];

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public Pager Pager { get; private set; } = null!;
    public DateTime? MatchedAt { get; private set; }

    public async Task OnGetAsync([FromQuery] int page = 1, CancellationToken ct = default)
    {
        var queue = await (await db.QueueAsync(User, ct)).Join(db.SeekerProfiles, a => a.SeekerProfileId, s => s.Id, (a, s) => new { a, s.Name })
            .OrderBy(x => x.a.RequestedAt).Take(50).ToListAsync(ct);
        // The queue shows masked names: the request is not yet anyone's client.
        Queue = queue.Select(x => new QueueRow(x.a.Id, Masking.Name(x.Name), x.a.Origin, x.a.RequestNote, x.a.RequestedAt)).ToList();
        var query = await ClientsAsync(ct);
        Total = await query.CountAsync(ct);
        page = Math.Clamp(page, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        Rows = await RowsAsync(await query.Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct), ct);
        Pager = new Pager(page, PageSize, Total, "/Staff/Clients", Request.Query);
    }

    /// <summary>Every client of the list (all pages), with the same follow-up counts; the subjects are many, so none is named in the log row.</summary>
    public async Task<IActionResult> OnGetExcelAsync([FromServices] ExcelExport export, CancellationToken ct)
    {
        var rows = await RowsAsync(await (await ClientsAsync(ct)).ToListAsync(ct), ct);
        return await export.FileAsync("담당 구직자 목록", ExcelSheet.Of("담당 구직자", rows,
            ("구직자 번호", r => r.SeekerProfileId), ("이름", r => r.Name), ("희망 직종", r => string.Join(", ", r.DesiredOccupations)), ("배정일", r => r.AssignedAt),
            ("적합 추천(70점 이상)", r => r.StrongMatches), ("기한 지난 계획", r => r.OverdueSteps), ("7일 내 상담 예약", r => r.NextAppointment)), ct);
    }

    private sealed record ClientCase(int CaseId, DateTime AssignedAt, int Id, string Name, List<string> DesiredOccupations);

    private async Task<IQueryable<ClientCase>> ClientsAsync(CancellationToken ct) =>
        from a in await db.VisibleAssignmentsAsync(User, ct)
        join s in db.SeekerProfiles on a.SeekerProfileId equals s.Id
        orderby a.AssignedAt descending
        select new ClientCase(a.Id, a.AssignedAt, s.Id, s.Name, s.DesiredOccupations);

    private async Task<List<Row>> RowsAsync(List<ClientCase> rows, CancellationToken ct)
    {
        var snapshot = await matching.CurrentAsync(ct);
        MatchedAt = snapshot.BatchBuiltAt;
        var names = ReferenceCatalog.Instance.Occupations;
        // Follow-ups of these cases only: another agency's plan and appointments with the same seeker are theirs.
        var caseIds = rows.Select(r => r.CaseId).ToList();
        var today = KoreanFormat.TodayInKorea(time);
        var now = time.GetUtcNow().UtcDateTime;
        var overdue = (await db.ActionPlanSteps.AsNoTracking().Where(s => caseIds.Contains(s.CaseAssignmentId) && s.CompletedAt == null && s.DueDate < today)
            .Select(s => s.SeekerProfileId).ToListAsync(ct)).CountBy(i => i).ToDictionary();
        var next = (await db.Appointments.AsNoTracking().Where(a => caseIds.Contains(a.CaseAssignmentId) && a.Status == AppointmentStatus.Scheduled && a.At > now && a.At < now.AddDays(7))
            .Select(a => new { a.SeekerProfileId, a.At }).ToListAsync(ct)).GroupBy(a => a.SeekerProfileId).ToDictionary(g => g.Key, g => g.Min(a => a.At));
        // Lists show masked names (홍*동); the full name is on the case page, which logs the view.
        return rows.Select(r => new Row(r.Id, Masking.Name(r.Name), r.DesiredOccupations.Select(names.NameOf).ToList(), r.AssignedAt,
            snapshot.TopBySeeker.GetValueOrDefault(MatchMapping.Key(r.Id))?.Count(m => m.Score >= StrongScore) ?? 0,
            overdue.GetValueOrDefault(r.Id), next.TryGetValue(r.Id, out var at) ? at : null)).ToList();
    }

    /// <summary>담당하기: a counselor takes a waiting request; the seeker is told who their counselor is.</summary>
    public async Task<IActionResult> OnPostTakeAsync(int caseId, CancellationToken ct)
    {
        if (!User.IsInRole(Core.Domain.Accounts.Roles.Counselor)) return Forbid();
        var queued = await (await db.QueueAsync(User, ct)).AnyAsync(c => c.Id == caseId, ct);
        if (!queued) return NotFound();
        var now = time.GetUtcNow().UtcDateTime;
        var me = User.Id()!;
        // Conditional, so two counselors clicking at once cannot both take it: the second finds it taken.
        var taken = await db.CaseAssignments.Where(x => x.Id == caseId && x.CounselorUserId == null && x.ClosedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.CounselorUserId, me).SetProperty(x => x.AssignedAt, now), ct);
        if (taken == 0)
        {
            TempData["Error"] = "다른 상담사가 이미 맡은 신청입니다.";
            return RedirectToPage();
        }
        var c = await db.CaseAssignments.AsNoTracking().FirstAsync(x => x.Id == caseId, ct);
        var seekerUser = await db.SeekerProfiles.Where(s => s.Id == c.SeekerProfileId).Select(s => s.UserId).FirstAsync(ct);
        await NotificationWriter.AddAsync(db, seekerUser, NotificationKind.Counseling, "담당 상담사가 정해졌습니다.", "/Seeker/Counseling", $"case-take:{c.Id}", now, ct);
        await db.SaveChangesAsync(ct);
        TempData["Notice"] = "상담을 맡았습니다. 초기 상담을 기록해 주세요.";
        return RedirectToPage("/Staff/Clients/Case", new { id = c.SeekerProfileId });
    }
}
