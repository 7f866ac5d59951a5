using System.Diagnostics;

namespace Iljari.Scheduling;

/// <summary>
/// How events are booked today, kept as the honest baseline: locked interviews first, then seekers in registration order
/// (ties by seeker id), each booking their booths in rank order at the earliest slot inside their availability that
/// still has a free interviewer and keeps their own gap rule; a booth with no such slot is skipped. Deterministic.
/// The desk does not look ahead: an all-day seeker who registered early takes the earliest places, even those that a
/// later morning-only seeker could not do without.
/// </summary>
public static class FirstComeFirstServedScheduler
{
    public static ScheduleResult Solve(ScheduleProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var started = Stopwatch.GetTimestamp();
        var index = new EventIndex(problem);
        var interviews = Book(index);
        return new ScheduleResult(interviews, Scoring.Stats(index, interviews, ScheduleStatus.Baseline, "first come, first served", Stopwatch.GetElapsedTime(started)));
    }

    internal static IReadOnlyList<Interview> Book(EventIndex index)
    {
        var bookings = Bookings.WithLocks(index);
        BookEarliest(index, bookings);
        return InOrder(bookings.All);
    }

    /// <summary>Every seeker in registration order takes, per choice in rank order, the earliest slot that fits (availability included).</summary>
    internal static void BookEarliest(EventIndex index, Bookings bookings)
    {
        foreach (var seeker in index.Seekers.OrderBy(s => s.Request.RegistrationOrder).ThenBy(s => s.Id))
        {
            foreach (var choice in seeker.Choices)
            {
                var booth = index.Booth(choice.BoothId)!;
                for (var slot = 0; slot < booth.Slots.Length; slot++)
                {
                    if (!bookings.Fits(seeker.Id, booth, slot)) continue;
                    bookings.Add(seeker.Id, booth, slot);
                    break;
                }
            }
        }
    }

    /// <summary>By seeker id, then time: the order a timetable is printed in, and the same for every scheduler.</summary>
    internal static Interview[] InOrder(IEnumerable<Interview> interviews) =>
        [.. interviews.OrderBy(i => i.SeekerId).ThenBy(i => i.StartMinute).ThenBy(i => i.BoothId)];
}
