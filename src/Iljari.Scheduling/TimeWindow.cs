namespace Iljari.Scheduling;

/// <summary>A half-open span of whole minutes from the event's start: <c>[Start, End)</c>.</summary>
public readonly record struct TimeWindow(int Start, int End)
{
    public int Length => End - Start;

    /// <summary>True when the two windows share at least one minute; touching ends do not overlap.</summary>
    public bool Overlaps(TimeWindow other) => Start < other.End && other.Start < End;

    /// <summary>True when <paramref name="other"/> lies wholly inside this window (ends may touch).</summary>
    public bool Contains(TimeWindow other) => Start <= other.Start && other.End <= End;

    /// <summary>
    /// True when one person cannot attend both: they overlap, or the later one starts less than
    /// <paramref name="gapMinutes"/> after the earlier one ends (time to walk to the next booth).
    /// </summary>
    public bool TooCloseTo(TimeWindow other, int gapMinutes) => Start < other.End + gapMinutes && other.Start < End + gapMinutes;
}
