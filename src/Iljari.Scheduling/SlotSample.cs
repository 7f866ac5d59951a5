namespace Iljari.Scheduling;

/// <summary>
/// The reduction used when the exact model is too big for the time limit: each (seeker, booth) keeps a few slots spread
/// evenly over the day instead of all of them. Spread, so the seeker can still dodge their other interviews; shifted
/// by a per-pair phase, so that together the seekers of a booth still cover all its slots.
/// </summary>
internal static class SlotSample
{
    /// <param name="usable">Slot indices in time order.</param>
    /// <param name="keep">A slot index that must stay (the hint's), or −1.</param>
    public static IEnumerable<int> Pick(int[] usable, int count, int keep, int seekerId, int boothId)
    {
        if (usable.Length <= count) return usable;
        // A fixed mix of the ids (not HashCode, which changes per process), so the same event always gives the same model.
        var phase = unchecked((uint)(seekerId * 73_856_093 ^ boothId * 19_349_663)) % 1000 / 1000.0;
        var picked = new SortedSet<int>();
        for (var j = 0; j < count; j++)
            picked.Add(usable[(int)((j + phase) * usable.Length / count)]);
        if (keep >= 0 && Array.IndexOf(usable, keep) >= 0 && picked.Add(keep))
            picked.Remove(picked.Where(s => s != keep).MinBy(s => Math.Abs(s - keep)));
        return picked;
    }
}
