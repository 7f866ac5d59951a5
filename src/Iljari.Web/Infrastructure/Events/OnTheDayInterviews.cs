using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Events;
using Iljari.Core.Domain.Notifications;
using Iljari.Core.Notifications;
using Iljari.Scheduling;

namespace Iljari.Web.Infrastructure.Events;

/// <summary>
/// 현장 면접 배정: on the event day staff give a checked-in seeker (a walk-in, or someone the timetable left out) an
/// interview at a booth — the booth's earliest slot still ahead with a free interviewer that the seeker can reach after
/// their other interviews (<see cref="OnTheDaySlot"/>). The interview is locked, so a re-run keeps it, and the seeker is
/// told the time. The booth then sees the seeker in its list and queue and records the outcome as for any interview.
/// </summary>
public sealed class OnTheDayInterviews(AppDbContext db, TimeProvider time)
{
    public sealed record Assigned(string Company, DateTime StartAt);

    /// <summary>Under the event's lock, so two desks booking the same booth at once cannot both take its last interviewer.</summary>
    public async Task<Assigned> AssignAsync(HiringEvent e, int registrationId, int boothId, CancellationToken ct)
    {
        Assigned? assigned = null;
        await EventLock.RunAsync(db, e.Id, async () => assigned = await AssignLockedAsync(e, registrationId, boothId, ct), ct);
        return assigned!;
    }

    private async Task<Assigned> AssignLockedAsync(HiringEvent e, int registrationId, int boothId, CancellationToken ct)
    {
        if (e.Status != EventStatus.SchedulePublished)
            throw new DomainException("면접 일정을 공개한 뒤에 현장 면접을 잡을 수 있습니다. 일정 편성 화면에서 먼저 공개해 주세요.");
        if (e.Date != KoreanFormat.TodayInKorea(time)) throw new DomainException("현장 면접은 행사 당일에만 잡을 수 있습니다.");
        var registration = await db.EventRegistrations.FirstOrDefaultAsync(r => r.Id == registrationId && r.EventId == e.Id, ct)
            ?? throw new DomainException("이 행사의 참가 신청이 아닙니다.");
        var booth = await db.EventBooths.AsNoTracking().FirstOrDefaultAsync(b => b.Id == boothId && b.EventId == e.Id && b.Status == BoothStatus.Approved, ct)
            ?? throw new DomainException("면접할 기업(승인된 부스)을 골라 주세요.");
        var company = await db.Companies.Where(c => c.Id == booth.CompanyId).Select(c => c.Name).FirstAsync(ct);
        registration.AddOnTheDayChoice(booth.Id);

        var seekerInterviews = await db.EventInterviews.AsNoTracking().Where(i => i.EventId == e.Id && i.SeekerProfileId == registration.SeekerProfileId).ToListAsync(ct);
        if (seekerInterviews.FirstOrDefault(i => i.BoothId == booth.Id) is { } existing)
            throw new DomainException($"{company} 면접이 이미 {KoreanFormat.ToKst(existing.StartAt):HH:mm}에 잡혀 있습니다.");
        var boothInterviews = await db.EventInterviews.AsNoTracking().Where(i => i.BoothId == booth.Id).Select(i => new { i.StartAt, i.EndAt }).ToListAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        // A slot that has already begun is not offered: the seeker would walk in late.
        var notBefore = (int)Math.Ceiling((now - e.StartsAtUtc).TotalMinutes);
        var slot = OnTheDaySlot.Earliest(EventScheduling.CapacityOf(e, booth),
            boothInterviews.Select(i => EventScheduling.WindowOf(e, i.StartAt, i.EndAt)).ToList(),
            seekerInterviews.Select(i => EventScheduling.WindowOf(e, i.StartAt, i.EndAt)).ToList(),
            EventScheduling.MinGapMinutes, notBefore)
            ?? throw new DomainException($"오늘 남은 시간 중 {company} 부스와 구직자가 함께 비어 있는 면접 시간이 없습니다.");

        var interview = new EventInterview(e.Id, booth.Id, registration.Id, registration.SeekerProfileId,
            EventScheduling.At(e, slot.Start), EventScheduling.At(e, slot.End));
        interview.SetLocked(true);
        db.EventInterviews.Add(interview);
        var user = await db.SeekerProfiles.Where(s => s.Id == registration.SeekerProfileId).Select(s => s.UserId).FirstAsync(ct);
        await NotificationWriter.AddAsync(db, user, NotificationKind.Application,
            $"‘{e.Title}’ 현장 면접: {company} {KoreanFormat.ToKst(interview.StartAt):HH:mm}", "/Seeker/Events",
            $"event-onsite:{e.Id}:{registration.Id}:{booth.Id}:{interview.StartAt.Ticks}", now, ct);
        await db.SaveChangesAsync(ct);
        return new Assigned(company, interview.StartAt);
    }
}
