namespace Iljari.Scheduling;

/// <summary>
/// Everything needed to compute the timetables of one hiring event (채용행사). Times are whole minutes from the event's
/// start. <paramref name="MinGapMinutes"/> is the least time a seeker gets between two interviews.
/// <para>
/// <paramref name="Held"/> are interviews that already took place (a result is recorded): facts, not wishes. Every
/// schedule keeps them as they are, even where they no longer fit the booth's slots or the seeker's choices and
/// availability, and around them gives away neither the seeker's time nor the booth interviewer they took.
/// <paramref name="Locked"/> interviews are kept only while they are still valid (see <see cref="ScheduleStats.IgnoredLocks"/>).
/// </para>
/// </summary>
public sealed record ScheduleProblem(
    IReadOnlyList<BoothCapacity> Booths,
    IReadOnlyList<SeekerRequest> Seekers,
    int MinGapMinutes,
    IReadOnlyList<LockedInterview> Locked,
    IReadOnlyList<Interview>? Held = null);
