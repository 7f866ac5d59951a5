namespace Iljari.Scheduling;

/// <summary>
/// Everything needed to compute the timetables of one hiring event (채용행사). Times are whole minutes from the event's
/// start. <paramref name="MinGapMinutes"/> is the least time a seeker gets between two interviews.
/// </summary>
public sealed record ScheduleProblem(
    IReadOnlyList<BoothCapacity> Booths,
    IReadOnlyList<SeekerRequest> Seekers,
    int MinGapMinutes,
    IReadOnlyList<LockedInterview> Locked);
