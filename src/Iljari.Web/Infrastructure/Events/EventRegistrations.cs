using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Events;
using Iljari.Core.Domain.Notifications;
using Iljari.Core.Notifications;

namespace Iljari.Web.Infrastructure.Events;

/// <summary>
/// Registration with capacity and a waitlist: a place while confirmed registrations are below capacity, otherwise
/// the waitlist in order of registration. A cancelled place goes to the first on the waitlist, who is told.
/// A seeker holds at most one live registration per event (unique index), so a double submit finds the first.
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
        var registered = await db.EventRegistrations.CountAsync(r => r.EventId == e.Id && r.Status == RegistrationStatus.Registered, ct);
        var registration = EventRegistration.Create(e, seekerProfileId, choices, approved, registered >= e.Capacity, byUserId, walkIn, time.GetUtcNow().UtcDateTime, attendance);
        db.EventRegistrations.Add(registration);
        try
        {
            await db.SaveChangesAsync(ct);
            return (registration, true);
        }
        catch (DbUpdateException)
        {
            db.Entry(registration).State = EntityState.Detached;
            return (await LiveAsync(e.Id, seekerProfileId, ct) ?? throw new DomainException("신청을 저장하지 못했습니다. 잠시 후 다시 시도해 주세요."), false);
        }
    }

    /// <summary>Cancels a registration (the seeker's own when <paramref name="seekerProfileId"/> is given) and promotes the waitlist.</summary>
    public async Task CancelAsync(HiringEvent e, int registrationId, int? seekerProfileId, CancellationToken ct)
    {
        var registration = await db.EventRegistrations.FirstOrDefaultAsync(r => r.Id == registrationId && r.EventId == e.Id
            && (seekerProfileId == null || r.SeekerProfileId == seekerProfileId), ct) ?? throw new DomainException("신청을 찾을 수 없습니다.");
        var now = time.GetUtcNow().UtcDateTime;
        var hadPlace = registration.Status == RegistrationStatus.Registered;
        registration.Cancel(now);
        // Their interviews go too, so the booth's slot is free for a re-run.
        await db.EventInterviews.Where(i => i.RegistrationId == registration.Id && i.Outcome == InterviewOutcome.None).ExecuteDeleteAsync(ct);
        if (hadPlace)
        {
            var next = await db.EventRegistrations.Where(r => r.EventId == e.Id && r.Status == RegistrationStatus.Waitlisted)
                .OrderBy(r => r.RegisteredAt).ThenBy(r => r.Id).FirstOrDefaultAsync(ct);
            if (next is not null)
            {
                next.Promote();
                var user = await db.SeekerProfiles.Where(s => s.Id == next.SeekerProfileId).Select(s => s.UserId).FirstAsync(ct);
                await NotificationWriter.AddAsync(db, user, NotificationKind.Application, $"‘{e.Title}’ 대기 중이던 참가 신청이 확정되었습니다.",
                    "/Seeker/Events", $"event-promote:{next.Id}", now, ct);
            }
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Changes the ranked choices and attendance of a live registration.</summary>
    public async Task ChooseAsync(HiringEvent e, EventRegistration registration, IReadOnlyList<int> choices, Attendance attendance, CancellationToken ct)
    {
        registration.Choose(e, choices, await ApprovedBoothsAsync(e.Id, ct), attendance);
        await db.SaveChangesAsync(ct);
    }

    private async Task<ISet<int>> ApprovedBoothsAsync(int eventId, CancellationToken ct) =>
        (await db.EventBooths.Where(b => b.EventId == eventId && b.Status == BoothStatus.Approved).Select(b => b.Id).ToListAsync(ct)).ToHashSet();

    public Task<EventRegistration?> LiveAsync(int eventId, int seekerProfileId, CancellationToken ct) =>
        db.EventRegistrations.FirstOrDefaultAsync(r => r.EventId == eventId && r.SeekerProfileId == seekerProfileId && r.Status != RegistrationStatus.Cancelled, ct);
}
