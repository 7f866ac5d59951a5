namespace Iljari.Scheduling;

/// <summary>
/// What a schedule achieves. "Served" means at least one interview. <see cref="PreferenceWeight"/> is the sum of
/// <see cref="ObjectiveWeights.Of(BoothChoice)"/> over the interviews; <see cref="Objective"/>, <see cref="BestBound"/> and
/// <see cref="RelativeGap"/> are in the units of the CP-SAT objective (a large weight per served seeker plus the preference
/// weight), so the baseline can be compared with the optimiser on the same scale.
/// </summary>
public sealed record ScheduleStats
{
    public required int Interviews { get; init; }
    public required int SeekersServed { get; init; }

    /// <summary>Seekers who chose at least one booth of the event and got no interview at all.</summary>
    public required int SeekersWithZero { get; init; }

    /// <summary>Seekers who got an interview with their best-ranked booth.</summary>
    public required int FirstChoicesSatisfied { get; init; }

    public required long PreferenceWeight { get; init; }
    public required long Objective { get; init; }
    public required ScheduleStatus Status { get; init; }

    /// <summary>How the schedule was made, in one line for logs and reports (which steps ran, model size, reductions).</summary>
    public required string Method { get; init; }
    public required TimeSpan WallTime { get; init; }

    /// <summary>
    /// Locked interviews that could not be kept because they are no longer valid (booth not chosen, not a slot, outside
    /// the seeker's availability, clash with an earlier lock or a held interview …).
    /// </summary>
    public required int IgnoredLocks { get; init; }

    /// <summary>CP-SAT's proven upper bound on <see cref="Objective"/>; null for the baseline.</summary>
    public double? BestBound { get; init; }

    /// <summary>(bound − objective) / bound, between 0 (proved optimal) and 1; null for the baseline.</summary>
    public double? RelativeGap { get; init; }

    /// <summary>
    /// An upper bound on <see cref="SeekersServed"/> that follows from <see cref="BestBound"/>: the per-seeker weight exceeds
    /// every preference total, so the bound divided by it, rounded down, is a bound on served seekers. Null for the baseline.
    /// Needed because the relative gap of the combined objective is dominated by the served term and looks tiny.
    /// </summary>
    public int? SeekersServedBound { get; init; }
}
