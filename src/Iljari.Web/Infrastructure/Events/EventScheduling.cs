using Iljari.Core.Domain.Events;
using Iljari.Core.Domain.Notifications;
using Iljari.Core.Matching;
using Iljari.Core.Notifications;
using Iljari.Matching;
using Iljari.Scheduling;

namespace Iljari.Web.Infrastructure.Events;

/// <summary>
/// Turns an event's booths and confirmed registrations into a <see cref="ScheduleProblem"/> (minutes from the event's
/// start; match scores from the matching engine), solves it with CP-SAT and the first-come-first-served baseline on the
/// same input, and saves the optimised timetable — keeping interviews with a recorded outcome and the locks that still fit.
/// </summary>
public sealed class EventScheduling(AppDbContext db, TimeProvider time)
{
    /// <summary>The least time a seeker gets between two interviews (to walk to the next booth).</summary>
    public const int MinGapMinutes = 10;
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(5);
    private static readonly MatchEngine Engine = new(MatchMapping.Vocabulary);

    /// <param name="Violations">Why nothing was saved; empty when the timetable was saved.</param>
    /// <param name="Released">Locks that no longer fit (the seeker changed choices or attendance, the booth its slots) and were removed.</param>
    public sealed record Comparison(ScheduleResult Optimised, ScheduleResult Baseline, IReadOnlyList<ScheduleViolation> Violations,
        IReadOnlyList<EventInterview> Released)
    {
        public bool Saved => Violations.Count == 0;
    }

    public async Task<ScheduleProblem> ProblemAsync(HiringEvent e, CancellationToken ct)
    {
        var booths = await db.EventBooths.AsNoTracking().Where(b => b.EventId == e.Id && b.Status == BoothStatus.Approved).ToListAsync(ct);
        var registrations = await db.EventRegistrations.AsNoTracking().Where(r => r.EventId == e.Id && r.Status == RegistrationStatus.Registered)
            .OrderBy(r => r.RegisteredAt).ThenBy(r => r.Id).ToListAsync(ct);
        var postingIds = booths.SelectMany(b => b.PostingIds).Distinct().ToList();
        var postings = await db.JobPostings.AsNoTracking().Where(p => postingIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var seekerIds = registrations.Select(r => r.SeekerProfileId).ToList();
        var seekers = await db.SeekerProfiles.AsNoTracking().Where(s => seekerIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var boothById = booths.ToDictionary(b => b.Id);
        var kept = await db.EventInterviews.AsNoTracking().Where(i => i.EventId == e.Id && (i.Locked || i.Outcome != InterviewOutcome.None))
            .OrderBy(i => i.Id).ToListAsync(ct);

        var capacities = booths.Select(b => CapacityOf(e, b)).ToList();
        var requests = registrations.Select((r, order) =>
        {
            var seeker = seekers[r.SeekerProfileId].ToMatch();
            var choices = r.Choices.Where(boothById.ContainsKey).Select((boothId, i) => new BoothChoice(boothId, i + 1,
                boothById[boothId].PostingIds.Where(postings.ContainsKey).Select(p => Engine.Explain(seeker, postings[p].ToMatch()).Score).DefaultIfEmpty(0).Max()))
                .ToList();
            return new SeekerRequest(r.SeekerProfileId, order, choices, Window(e, r.Attendance));
        }).ToList();
        // An interview with a recorded outcome took place: it is held, whatever changed since. A plain lock is staff's wish.
        var held = kept.Where(i => i.Outcome != InterviewOutcome.None).Select(i => AsInterview(e, i)).ToList();
        var locks = kept.Where(i => i.Outcome == InterviewOutcome.None).Select(i => new LockedInterview(i.SeekerProfileId, i.BoothId, Minutes(e, i.StartAt))).ToList();
        return new ScheduleProblem(capacities, requests, MinGapMinutes, locks, held);
    }

    /// <summary>
    /// Solves and replaces the event's unlocked interviews with the optimised timetable (not yet published). Interviews
    /// with an outcome stay as they are; a lock that no longer fits is released (removed, and the seeker scheduled
    /// afresh). What would then be in the table — the rows kept plus the new ones — is checked as a whole, and nothing
    /// is saved unless it passes every rule.
    /// </summary>
    public async Task<Comparison> RunAsync(HiringEvent e, CancellationToken ct)
    {
        var problem = await ProblemAsync(e, ct);
        var baseline = FirstComeFirstServedScheduler.Solve(problem);
        var optimised = CpSatScheduler.Solve(problem, TimeLimit);
        var violations = ScheduleValidator.Violations(problem, optimised);
        if (violations.Count > 0) return new Comparison(optimised, baseline, violations, []);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // Registrations, cancellations and 현장 면접 wait until this timetable is saved (or not).
        await EventLock.TakeAsync(db, e.Id, ct);
        var planned = optimised.Interviews.ToDictionary(i => (i.SeekerId, i.BoothId, i.StartMinute));
        var keep = await db.EventInterviews.Where(i => i.EventId == e.Id && (i.Locked || i.Outcome != InterviewOutcome.None)).ToListAsync(ct);
        // The solver keeps every lock that is still valid, so a lock missing from its timetable is one it had to drop.
        var released = keep.Where(i => i.Outcome == InterviewOutcome.None && !planned.ContainsKey(Key(e, i))).ToList();
        keep = keep.Except(released).ToList();
        foreach (var i in keep.Where(i => i.Outcome == InterviewOutcome.None))
        {
            // A lock keeps its start; when the booth changed its slot length, the interview now ends with the slot.
            var slot = planned[Key(e, i)];
            i.Reschedule(At(e, slot.StartMinute), At(e, slot.EndMinute));
        }
        var releasedIds = released.Select(i => i.Id).ToList();
        await db.EventInterviews.Where(i => i.EventId == e.Id && i.Outcome == InterviewOutcome.None && (!i.Locked || releasedIds.Contains(i.Id)))
            .ExecuteDeleteAsync(ct);
        var registrationOf = await db.EventRegistrations.Where(r => r.EventId == e.Id && r.Status == RegistrationStatus.Registered)
            .ToDictionaryAsync(r => r.SeekerProfileId, r => r.Id, ct);
        var kept = keep.Select(i => Key(e, i)).ToHashSet();
        // A seeker who cancelled while the solver ran gets nothing (their place was given to the next on the waitlist).
        var added = optimised.Interviews.Where(i => !kept.Contains((i.SeekerId, i.BoothId, i.StartMinute)) && registrationOf.ContainsKey(i.SeekerId)).ToList();

        // Checked again from the rows themselves: an outcome recorded meanwhile, or a lock kept with its old times, shows here.
        var saved = keep.Select(i => AsInterview(e, i)).Concat(added).ToList();
        violations = ScheduleValidator.Violations(problem, new ScheduleResult(saved, optimised.Stats));
        if (violations.Count > 0)
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return new Comparison(optimised, baseline, violations, []);
        }
        foreach (var i in added)
            db.EventInterviews.Add(new EventInterview(e.Id, i.BoothId, registrationOf[i.SeekerId], i.SeekerId, At(e, i.StartMinute), At(e, i.EndMinute)));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new Comparison(optimised, baseline, [], released);
    }

    /// <summary>공개: timetables go out; seekers and booth companies are told.</summary>
    public async Task PublishAsync(HiringEvent e, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        e.PublishSchedule(now);
        var seekerIds = await db.EventInterviews.Where(i => i.EventId == e.Id).Select(i => i.SeekerProfileId).Distinct().ToListAsync(ct);
        var seekers = await db.SeekerProfiles.Where(s => seekerIds.Contains(s.Id)).Select(s => s.UserId).ToListAsync(ct);
        var key = $"event-schedule:{e.Id}:{now.Ticks}";
        await NotificationWriter.AddAsync(db, seekers, NotificationKind.Application, $"‘{e.Title}’ 면접 일정이 나왔습니다.", "/Seeker/Events", key, now, ct);
        foreach (var companyId in await db.EventBooths.Where(b => b.EventId == e.Id && b.Status == BoothStatus.Approved).Select(b => b.CompanyId).ToListAsync(ct))
            await NotificationWriter.AddAsync(db, await NotificationWriter.UsersOfAsync(db, companyId, ct), NotificationKind.Application,
                $"‘{e.Title}’ 부스 면접 일정이 나왔습니다.", $"/Employer/Events/Booth/{e.Id}", key, now, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>오전만 / 오후만 as minutes from the event's start (split at 13:00, clamped to the event's hours); null for 종일.</summary>
    public static TimeWindow? Window(HiringEvent e, Attendance attendance)
    {
        var noon = Math.Clamp((int)(RegistrationLabels.Noon - e.StartTime).TotalMinutes, 0, e.LengthMinutes);
        return attendance switch
        {
            Attendance.Morning => new TimeWindow(0, noon),
            Attendance.Afternoon => new TimeWindow(noon, e.LengthMinutes),
            _ => null,
        };
    }

    /// <summary>A booth's hours, slots and breaks as the scheduling library sees them (minutes from the event's start).</summary>
    public static BoothCapacity CapacityOf(HiringEvent e, EventBooth b) => new(b.Id, 0, e.LengthMinutes, b.SlotMinutes, b.Interviewers,
        b.BreakMinutes(e.StartTime).Select(w => new TimeWindow(w.Start, w.End)).ToList());

    /// <summary>An interview's span in minutes from the event's start.</summary>
    public static TimeWindow WindowOf(HiringEvent e, DateTime startUtc, DateTime endUtc) => new(Minutes(e, startUtc), Minutes(e, endUtc));

    public static int Minutes(HiringEvent e, DateTime utc) => (int)Math.Round((utc - e.StartsAtUtc).TotalMinutes);

    private static Interview AsInterview(HiringEvent e, EventInterview i) => new(i.SeekerProfileId, i.BoothId, Minutes(e, i.StartAt), Minutes(e, i.EndAt));

    private static (int SeekerId, int BoothId, int StartMinute) Key(HiringEvent e, EventInterview i) => (i.SeekerProfileId, i.BoothId, Minutes(e, i.StartAt));

    public static DateTime At(HiringEvent e, int minute) => e.StartsAtUtc.AddMinutes(minute);
}
