namespace Iljari.Scheduling.Tests;

/// <summary>Readable hand-made events: booths by their hours and seekers by the booths they chose, best first.</summary>
internal static class A
{
    /// <summary>
    /// For tests that require a proof of optimality. The solver stops as soon as it has the proof (a few seconds on
    /// these events), so a generous limit only matters on a loaded machine: CI runs every test project at once on
    /// 2 cores, and a 10 s limit once ran out there on a mixed-availability event (Feasible, gap 0.0001).
    /// </summary>
    public static readonly TimeSpan ProofLimit = TimeSpan.FromSeconds(45);

    public static BoothCapacity Booth(int id, int start, int end, int slotMinutes, int interviewers = 1, params TimeWindow[] breaks) =>
        new(id, start, end, slotMinutes, interviewers, breaks);

    /// <summary>A seeker who chose <paramref name="booths"/> in that order (rank 1 first), each with match score 70.</summary>
    public static SeekerRequest Seeker(int id, int registrationOrder, params int[] booths) =>
        new(id, registrationOrder, [.. booths.Select((booth, i) => new BoothChoice(booth, i + 1, 70))]);

    /// <summary>As <see cref="Seeker"/>, for someone who is there only during <paramref name="available"/>.</summary>
    public static SeekerRequest Seeker(TimeWindow available, int id, int registrationOrder, params int[] booths) =>
        Seeker(id, registrationOrder, booths) with { Available = available };

    public static ScheduleProblem Problem(BoothCapacity[] booths, SeekerRequest[] seekers, int minGap = 10, params LockedInterview[] locked) =>
        new(booths, seekers, minGap, locked);

    /// <summary>A hand-made schedule; only its interviews matter to the validator.</summary>
    public static ScheduleResult Schedule(params Interview[] interviews) => new(interviews, new ScheduleStats
    {
        Interviews = interviews.Length,
        SeekersServed = 0,
        SeekersWithZero = 0,
        FirstChoicesSatisfied = 0,
        PreferenceWeight = 0,
        Objective = 0,
        Status = ScheduleStatus.Baseline,
        Method = "hand-made",
        WallTime = TimeSpan.Zero,
        IgnoredLocks = 0,
    });

    /// <summary>The event days of the generator squeezed into two hours: three slots per booth, three times the interviewers.
    /// Seekers then cannot fit all their booths, so the clock binds and the slot-level search has work to do. Availability
    /// is squeezed alike: morning-only seekers keep minutes 0–100 (the first one or two slots of a booth), afternoon-only
    /// seekers from minute 90 on (the last one or two), so the windows still bind.</summary>
    public static ScheduleProblem Tight(ScheduleProblem problem) => problem with
    {
        Booths = [.. problem.Booths.Select(b => b with { StartMinute = 60, EndMinute = 60 + 3 * b.SlotMinutes, Breaks = [], Interviewers = 3 * b.Interviewers })],
        Seekers = [.. problem.Seekers.Select(s => s with { Available = Squeezed(s.Available) })],
    };

    private static TimeWindow? Squeezed(TimeWindow? window) =>
        window == ScheduleGenerator.Morning ? new TimeWindow(0, 100) : window == ScheduleGenerator.Afternoon ? new TimeWindow(90, 420) : window;

    /// <summary>Whether every interview lies inside its seeker's availability, checked here without the validator.</summary>
    public static bool InsideAvailability(ScheduleProblem problem, ScheduleResult result)
    {
        var available = problem.Seekers.ToDictionary(s => s.SeekerId, s => s.Available);
        return result.Interviews.All(i => available[i.SeekerId] is not { } w || w.Contains(i.Window));
    }

    public static void Print(string line) => TestContext.Current.TestOutputHelper?.WriteLine(line);

    public static string Describe(ScheduleStats s) =>
        $"{s.Status}: {s.Interviews} interviews, {s.SeekersServed} served, {s.SeekersWithZero} with zero, {s.FirstChoicesSatisfied} first choices, " +
        $"objective {s.Objective}, bound {s.BestBound}, gap {s.RelativeGap:0.######}, {s.WallTime.TotalSeconds:F2} s — {s.Method}";
}
