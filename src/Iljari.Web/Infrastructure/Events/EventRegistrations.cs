using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Events;
using Iljari.Core.Domain.Notifications;
using Iljari.Core.Notifications;

namespace Iljari.Web.Infrastructure.Events;

/// <summary>
/// Registration with capacity and a waitlist: a place while confirmed registrations are below capacity, otherwise
/// the waitlist in order of registration. A freed place (a cancellation, a raised capacity) goes to the first on the
/// waitlist, who is told. A seeker holds at most one live registration per event (unique index), so a double submit
/// finds the first.
/// Counting the places and taking one runs under the event's lock (<see cref="EventLock"/>), so two registrations
/// cannot both take the last place; a newcomer also joins the waitlist while anyone is already on it, so a place freed
/// by a raised capacity goes to the waitlist first.
/// </summary>
public sealed class EventRegistrations(AppDbContext db, TimeProvider time)
{
    public async Task<(EventRegistration Registration, bool Created)> RegisterAsync(HiringEvent e, int seekerProfileId, IReadOnlyList<int> choices,
        string byUserId, bool walkIn, CancellationToken ct, Attendance attendance = Attendance.AllDay)
    {
        if (await LiveAsync(e.Id, seekerProfileId, ct) is { } live) return (live, false);
        var today = KoreanFormat.TodayInKorea(time);
        if (!walkIn && !e.AcceptsRegistrations(today)) throw new DomainException("지금은 이 행사의 참가 신청을 받지 않습니다.");
        if (walkIn && (!e.IsOpen || e.Date != today)) throw new DomainException("현장 등록은 행사 당일에만 할 수 있습니다.");
        var approved = await ApprovedBoothsAsync(e.Id, ct);
        EventRegistration? registration = null;
        try
        {
            await EventLock.RunAsync(db, e.Id, async () =>
            {
                // Full also while anyone waits: a place freed meanwhile (a raised capacity) is theirs first.
                var full = await RegisteredAsync(e.Id, ct) >= await CapacityAsync(e.Id, ct)
                    || await db.EventRegistrations.AnyAsync(r => r.EventId == e.Id && r.Status == RegistrationStatus.Waitlisted, ct);
                registration = EventRegistration.Create(e, seekerProfileId, choices, approved, full, byUserId, walkIn, time.GetUtcNow().UtcDateTime, attendance);
                db.EventRegistrations.Add(registration);
                await db.SaveChangesAsync(ct);
            }, ct);
            return (registration!, true);
        }
        catch (DbUpdateException)
        {
            if (registration is not null) db.Entry(registration).State = EntityState.Detached;
            return (await LiveAsync(e.Id, seekerProfileId, ct) ?? throw new DomainException("신청을 저장하지 못했습니다. 잠시 후 다시 시도해 주세요."), false);
        }
    }

    /// <summary>Cancels a registration (the seeker's own when <paramref name="seekerProfileId"/> is given) and promotes the waitlist.</summary>
    public Task CancelAsync(HiringEvent e, int registrationId, int? seekerProfileId, CancellationToken ct) =>
        EventLock.RunAsync(db, e.Id, async () =>
        {
            var registration = await db.EventRegistrations.FirstOrDefaultAsync(r => r.Id == registrationId && r.EventId == e.Id
                && (seekerProfileId == null || r.SeekerProfileId == seekerProfileId), ct) ?? throw new DomainException("신청을 찾을 수 없습니다.");
            registration.Cancel(time.GetUtcNow().UtcDateTime);
            // Their interviews go too, so the booth's slot is free for a re-run.
            await db.EventInterviews.Where(i => i.RegistrationId == registration.Id && i.Outcome == InterviewOutcome.None).ExecuteDeleteAsync(ct);
            await db.SaveChangesAsync(ct);
            await PromoteAsync(e, ct);
            await db.SaveChangesAsync(ct);
        }, ct);

    /// <summary>
    /// Gives places that are free (after the capacity was raised) to the waitlist in order, each told as after a
    /// cancellation; returns how many moved up.
    /// </summary>
    public async Task<int> FillPlacesAsync(HiringEvent e, CancellationToken ct)
    {
        var promoted = 0;
        await EventLock.RunAsync(db, e.Id, async () =>
        {
            promoted = await PromoteAsync(e, ct);
            await db.SaveChangesAsync(ct);
        }, ct);
        return promoted;
    }

    /// <summary>
    /// Changes the ranked choices and attendance of a live registration — only while registration is open and before
    /// the timetable is public (the page hides the form then; this holds for a form posted anyway).
    /// </summary>
    public async Task ChooseAsync(HiringEvent e, EventRegistration registration, IReadOnlyList<int> choices, Attendance attendance, CancellationToken ct)
    {
        if (e.Status == EventStatus.SchedulePublished) throw new DomainException("면접 일정이 공개된 뒤에는 희망 기업을 바꿀 수 없습니다. 주최 기관에 문의해 주세요.");
        if (!e.AcceptsRegistrations(KoreanFormat.TodayInKorea(time))) throw new DomainException("접수 기간이 아니어서 희망 기업을 바꿀 수 없습니다.");
        registration.Choose(e, choices, await ApprovedBoothsAsync(e.Id, ct), attendance);
        await db.SaveChangesAsync(ct);
    }

    public Task<EventRegistration?> LiveAsync(int eventId, int seekerProfileId, CancellationToken ct) =>
        db.EventRegistrations.FirstOrDefaultAsync(r => r.EventId == eventId && r.SeekerProfileId == seekerProfileId && r.Status != RegistrationStatus.Cancelled, ct);

    /// <summary>Promotes the first waitlisted registrations into the free places and tells them; the caller holds the lock and saves.</summary>
    private async Task<int> PromoteAsync(HiringEvent e, CancellationToken ct)
    {
        var free = await CapacityAsync(e.Id, ct) - await RegisteredAsync(e.Id, ct);
        if (free <= 0) return 0;
        var next = await db.EventRegistrations.Where(r => r.EventId == e.Id && r.Status == RegistrationStatus.Waitlisted)
            .OrderBy(r => r.RegisteredAt).ThenBy(r => r.Id).Take(free).ToListAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var r in next)
        {
            r.Promote();
            var user = await db.SeekerProfiles.Where(s => s.Id == r.SeekerProfileId).Select(s => s.UserId).FirstAsync(ct);
            await NotificationWriter.AddAsync(db, user, NotificationKind.Application, $"‘{e.Title}’ 대기 중이던 참가 신청이 확정되었습니다.",
                "/Seeker/Events", $"event-promote:{r.Id}", now, ct);
        }
        return next.Count;
    }

    // Read inside the lock, not from the caller's copy: staff may have raised the capacity meanwhile.
    private Task<int> CapacityAsync(int eventId, CancellationToken ct) =>
        db.HiringEvents.Where(x => x.Id == eventId).Select(x => x.Capacity).FirstAsync(ct);

    private Task<int> RegisteredAsync(int eventId, CancellationToken ct) =>
        db.EventRegistrations.CountAsync(r => r.EventId == eventId && r.Status == RegistrationStatus.Registered, ct);

    private async Task<ISet<int>> ApprovedBoothsAsync(int eventId, CancellationToken ct) =>
        (await db.EventBooths.Where(b => b.EventId == eventId && b.Status == BoothStatus.Approved).Select(b => b.Id).ToListAsync(ct)).ToHashSet();
}
