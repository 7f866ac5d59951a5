namespace Iljari.Scheduling;

/// <summary>The timetables of all seekers (interviews ordered by seeker, then time) and how good they are.</summary>
public sealed record ScheduleResult(IReadOnlyList<Interview> Interviews, ScheduleStats Stats);
