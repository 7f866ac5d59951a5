namespace Iljari.Scheduling;

/// <summary>Counts and objective of a schedule, computed the same way for every scheduler so their rows compare.</summary>
internal static class Scoring
{
    public static ScheduleStats Stats(EventIndex index, IReadOnlyList<Interview> interviews, ScheduleStatus status, string method,
        TimeSpan wallTime, double? bestBound = null)
    {
        var bySeeker = interviews.ToLookup(i => i.SeekerId);
        var served = index.Seekers.Count(s => bySeeker[s.Id].Any());
        var objective = Objective(index, interviews);
        return new ScheduleStats
        {
            Interviews = interviews.Count,
            SeekersServed = served,
            SeekersWithZero = index.Seekers.Count(s => s.Choices.Length > 0 && !bySeeker[s.Id].Any()),
            FirstChoicesSatisfied = index.Seekers.Count(s => s.Choices.Length > 0 && bySeeker[s.Id].Any(i => i.BoothId == s.Choices[0].BoothId)),
            PreferenceWeight = PreferenceWeight(index, interviews),
            Objective = objective,
            Status = status,
            Method = method,
            WallTime = wallTime,
            IgnoredLocks = index.IgnoredLocks,
            BestBound = bestBound,
            RelativeGap = bestBound is { } b ? Gap(objective, b) : null,
            SeekersServedBound = bestBound is { } bound ? (int)Math.Min(index.Seekers.Count, Math.Floor(bound / index.ServedWeight)) : null,
        };
    }

    /// <summary>The CP-SAT objective of any schedule: the served weight per seeker with an interview plus the preference weight.</summary>
    public static long Objective(EventIndex index, IReadOnlyList<Interview> interviews) =>
        interviews.Select(i => i.SeekerId).Distinct().Count(id => index.Seeker(id) is not null) * index.ServedWeight
        + PreferenceWeight(index, interviews);

    private static long PreferenceWeight(EventIndex index, IReadOnlyList<Interview> interviews) =>
        interviews.Sum(i => index.Seeker(i.SeekerId)?.ChoiceFor(i.BoothId) is { } c ? (long)ObjectiveWeights.Of(c) : 0);

    /// <summary>(bound − objective) / bound, clamped to [0, 1]; a bound of zero means nothing could be scheduled, so no gap.</summary>
    private static double Gap(long objective, double bound) =>
        bound <= 0 ? 0 : Math.Clamp((bound - objective) / bound, 0, 1);
}
