using Iljari.Core.Domain.Board;
using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Events;
using Iljari.Core.Domain.Notifications;
using Iljari.Core.Domain.Sharing;
using Iljari.Core.Notifications;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Events;
using Iljari.Web.Infrastructure.Sharing;

namespace Iljari.Web.Pages.Staff.Events;

/// <summary>
/// One event for its agency's staff: publish (calendar and 정보공유 board), approve booths, see registrations and the
/// waitlist. The roster shows names, so each view is one access-log row.
/// </summary>
public class ManageModel(AppDbContext db, TimeProvider time, AccessLogger accessLog, EventRegistrations registrations) : PageModel
{
    public sealed record BoothRow(EventBooth Booth, string Company, IReadOnlyList<string> Postings);
    public sealed record RegistrationRow(EventRegistration Registration, string Name, string Phone);

    public HiringEvent Event { get; private set; } = null!;
    public DateOnly Today => KoreanFormat.TodayInKorea(time);
    public bool CanCancel => Event.Status is not (EventStatus.Cancelled or EventStatus.Closed) && Event.NotStartedAt(time.GetUtcNow().UtcDateTime);
    public IReadOnlyList<BoothRow> Booths { get; private set; } = [];
    public IReadOnlyList<RegistrationRow> Registrations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await db.ManagedEventAsync(User, id, ct) is not { } e) return NotFound();
        await accessLog.RecordAsync(null, AccessActions.EventRoster, $"행사 #{id} 참가자 명단", ct);
        Event = e;
        var booths = await db.EventBooths.AsNoTracking().Where(b => b.EventId == id)
            .Join(db.Companies, b => b.CompanyId, c => c.Id, (b, c) => new { b, c.Name }).ToListAsync(ct);
        var postingIds = booths.SelectMany(x => x.b.PostingIds).Distinct().ToList();
        var titles = await db.JobPostings.AsNoTracking().Where(p => postingIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Title, ct);
        Booths = booths.OrderBy(x => x.b.Status).ThenBy(x => x.Name)
            .Select(x => new BoothRow(x.b, x.Name, x.b.PostingIds.Select(p => titles.GetValueOrDefault(p, "")).ToList())).ToList();
        Registrations = (await db.EventRegistrations.AsNoTracking().Where(r => r.EventId == id && r.Status != RegistrationStatus.Cancelled)
                .Join(db.SeekerProfiles, r => r.SeekerProfileId, s => s.Id, (r, s) => new { r, s.Name, s.Phone }).ToListAsync(ct))
            .OrderBy(x => x.r.Status).ThenBy(x => x.r.RegisteredAt).Select(x => new RegistrationRow(x.r, Masking.Name(x.Name), Masking.Phone(x.Phone))).ToList();
        return Page();
    }

    /// <summary>게시: the event goes on the public calendar and, as a 채용행사 notice, on the board (subscribers are told).</summary>
    public async Task<IActionResult> OnPostPublishAsync(int id, CancellationToken ct)
    {
        if (await db.ManagedEventAsync(User, id, ct) is not { } e) return NotFound();
        try
        {
            var now = time.GetUtcNow().UtcDateTime;
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var body = $"{e.Kind.Label()} · {KoreanFormat.Date(e.Date)} {e.StartTime:HH\\:mm}~{e.EndTime:HH\\:mm} · {e.Place}\n정원 {e.Capacity:N0}명, 접수 {KoreanFormat.Date(e.RegistrationOpens)}~{KoreanFormat.Date(e.RegistrationCloses)}\n\n{e.Description}";
            var gus = ReferenceCatalog.Instance.Regions.AtLevel("gu").Select(g => g.Code).ToHashSet();
            var notice = Notice.Publish(e.AgencyId, User.Id()!, NoticeKind.HiringEvent, e.Title, body.Trim(), e.Groups, [], gus, now);
            db.Notices.Add(notice);
            await db.SaveChangesAsync(ct);
            e.Publish(notice.Id);
            await NotificationWriter.NotifySubscribersAsync(db, notice, $"[채용행사] {e.Title}", $"/Events/Detail/{e.Id}", $"event:{e.Id}", ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            TempData["Notice"] = "행사를 게시했습니다. 행사 일정과 정보공유 게시판에 올라갔습니다.";
        }
        catch (Exception ex) when (ex.IsUserError())
        {
            TempData["Error"] = ex.Message;
        }
        return RedirectToPage(new { id });
    }

    /// <summary>
    /// 행사 취소: off the calendar; every live registrant and every booth company is told. Interviews not yet held go.
    /// An event that has begun cannot be cancelled (its outcomes, hires and report stand).
    /// </summary>
    public async Task<IActionResult> OnPostCancelEventAsync(int id, CancellationToken ct)
    {
        if (await db.ManagedEventAsync(User, id, ct) is not { } e) return NotFound();
        try
        {
            if (!e.NotStartedAt(time.GetUtcNow().UtcDateTime)) throw new DomainException("이미 시작했거나 지난 행사는 취소할 수 없습니다.");
            var tracked = await db.HiringEvents.FirstAsync(x => x.Id == e.Id, ct);
            tracked.Cancel();
            var now = time.GetUtcNow().UtcDateTime;
            var seekers = await db.EventRegistrations.Where(r => r.EventId == id && r.Status != RegistrationStatus.Cancelled)
                .Join(db.SeekerProfiles, r => r.SeekerProfileId, s => s.Id, (r, s) => s.UserId).ToListAsync(ct);
            var companies = await db.EventBooths.Where(b => b.EventId == id && (b.Status == BoothStatus.Requested || b.Status == BoothStatus.Approved))
                .Select(b => b.CompanyId).ToListAsync(ct);
            var employers = new List<string>();
            foreach (var company in companies) employers.AddRange(await NotificationWriter.UsersOfAsync(db, company, ct));
            var message = $"‘{e.Title}’({KoreanFormat.Date(e.Date)}) 행사가 취소되었습니다.";
            await NotificationWriter.AddAsync(db, seekers, NotificationKind.Application, message, "/Seeker/Events", $"event-cancel:{id}", now, ct);
            await NotificationWriter.AddAsync(db, employers, NotificationKind.Application, message, "/Employer/Events", $"event-cancel:{id}", now, ct);
            await db.EventInterviews.Where(i => i.EventId == id && i.Outcome == InterviewOutcome.None).ExecuteDeleteAsync(ct);
            await db.SaveChangesAsync(ct);
            TempData["Notice"] = $"행사를 취소했습니다. 참가자 {seekers.Count:N0}명과 참여 기업 {companies.Count:N0}곳에 알렸습니다.";
        }
        catch (DomainException ex)
        {
            TempData["Error"] = ex.Message;
        }
        return RedirectToPage(new { id });
    }

    public Task<IActionResult> OnPostApproveAsync(int id, int boothId, CancellationToken ct) => DecideAsync(id, boothId, true, ct);

    public Task<IActionResult> OnPostRejectAsync(int id, int boothId, CancellationToken ct) => DecideAsync(id, boothId, false, ct);

    public async Task<IActionResult> OnPostCancelRegistrationAsync(int id, int registrationId, CancellationToken ct)
    {
        if (await db.ManagedEventAsync(User, id, ct) is not { } e) return NotFound();
        try
        {
            await registrations.CancelAsync(e, registrationId, null, ct);
            TempData["Notice"] = "참가 신청을 취소했습니다. 대기자가 있으면 자리가 넘어갑니다.";
        }
        catch (DomainException ex)
        {
            TempData["Error"] = ex.Message;
        }
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> DecideAsync(int id, int boothId, bool approve, CancellationToken ct)
    {
        if (await db.ManagedEventAsync(User, id, ct) is not { } e) return NotFound();
        var booth = await db.EventBooths.FirstOrDefaultAsync(b => b.Id == boothId && b.EventId == id, ct);
        if (booth is null) return NotFound();
        try
        {
            var now = time.GetUtcNow().UtcDateTime;
            booth.Decide(approve, now);
            var employers = await NotificationWriter.UsersOfAsync(db, booth.CompanyId, ct);
            await NotificationWriter.AddAsync(db, employers, NotificationKind.Referral, $"‘{e.Title}’ 부스 신청이 {(approve ? "승인" : "반려")}되었습니다.",
                $"/Employer/Events/Booth/{e.Id}", $"booth:{booth.Id}:{booth.Status}", now, ct);
            await db.SaveChangesAsync(ct);
            TempData["Notice"] = approve ? "부스를 승인했습니다." : "부스 신청을 반려했습니다.";
        }
        catch (DomainException ex)
        {
            TempData["Error"] = ex.Message;
        }
        return RedirectToPage(new { id });
    }
}
