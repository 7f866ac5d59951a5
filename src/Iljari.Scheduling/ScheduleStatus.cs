namespace Iljari.Scheduling;

/// <summary>How a schedule was obtained, so that a report can say how far to trust it.</summary>
public enum ScheduleStatus
{
    /// <summary>First come, first served: a rule, not an optimisation; there is no bound to compare with.</summary>
    Baseline,

    /// <summary>Proved: the schedule reaches an upper bound (the flow relaxation's or CP-SAT's), so no schedule scores higher.</summary>
    Optimal,

    /// <summary>The time limit ended the search before a proof; <see cref="ScheduleStats.RelativeGap"/> says how far from optimal it can be.</summary>
    Feasible,

    /// <summary>
    /// CP-SAT hit the time limit before it had any solution of the slot model; the best schedule from before the search
    /// (the placed relaxation, or first come, first served) is returned instead of nothing.
    /// </summary>
    TimeLimit,
}
