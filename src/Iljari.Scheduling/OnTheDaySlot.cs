namespace Iljari.Scheduling;

/// <summary>
/// 현장 면접: on the event day a walk-in (or a registrant the timetable left out) is fitted into a booth by hand, into
/// the earliest slot that is still ahead, has a free interviewer, and does not clash with the seeker's own interviews.
/// The timetable is already public, so nothing else moves; this is the same rule the schedulers follow for one interview.
/// </summary>
public static class OnTheDaySlot
{
    /// <param name="booth">The booth's hours, slot length, interviewers and breaks.</param>
    /// <param name="boothInterviews">Interviews already at this booth.</param>
    /// <param name="seekerInterviews">The seeker's interviews at any booth.</param>
    /// <param name="minGapMinutes">The least time between two of the seeker's interviews.</param>
    /// <param name="notBeforeMinute">Minutes from the event's start before which no slot is offered (now).</param>
    /// <returns>The slot, or null when no slot is left today.</returns>
    public static TimeWindow? Earliest(BoothCapacity booth, IReadOnlyCollection<TimeWindow> boothInterviews,
        IReadOnlyCollection<TimeWindow> seekerInterviews, int minGapMinutes, int notBeforeMinute)
    {
        foreach (var slot in booth.Slots())
        {
            if (slot.Start < notBeforeMinute) continue;
            if (boothInterviews.Count(slot.Overlaps) >= booth.Interviewers) continue;
            if (seekerInterviews.Any(mine => mine.TooCloseTo(slot, minGapMinutes))) continue;
            return slot;
        }
        return null;
    }
}
