namespace Iljari.Scheduling;

/// <summary>
/// Turns a plan of (seeker, booth) pairs into a real schedule. Booths go from the most to the least crowded; at each
/// booth the planned seekers are matched to its slots by augmenting paths (maximum bipartite matching, a slot taking as
/// many seekers as it has free interviewers), where a seeker may use any slot inside their availability that keeps
/// clear of what they already have. A pair that cannot be placed is dropped; afterwards every seeker, in registration
/// order, takes the earliest fitting slot of any other booth they chose, so dropped pairs can land elsewhere.
/// </summary>
internal static class PairPlacement
{
    public static IReadOnlyList<Interview> Place(EventIndex index, IEnumerable<(int SeekerId, int BoothId)> pairs)
    {
        var bookings = Bookings.WithLocks(index);
        var planned = pairs.ToArray();
        var perSeeker = planned.CountBy(p => p.SeekerId).ToDictionary();
        var byBooth = planned.GroupBy(p => p.BoothId)
            .Select(g => (Booth: index.Booth(g.Key)!, Seekers: g.Select(p => p.SeekerId).ToArray()))
            .OrderByDescending(b => b.Seekers.Length / (double)Math.Max(1, b.Booth.Slots.Length * b.Booth.Booth.Interviewers))
            .ThenBy(b => b.Booth.Id);
        foreach (var (booth, seekers) in byBooth)
        {
            // Augmenting paths never unseat a seeker once matched, so whoever goes first is sure of a place: seekers for
            // whom this is the only planned interview go first, as losing it would leave them with none.
            var ordered = seekers.OrderBy(s => perSeeker[s]).ThenBy(s => s).ToArray();
            foreach (var (seekerId, slot) in Match(bookings, booth, ordered))
                bookings.Add(seekerId, booth, slot);
        }
        FirstComeFirstServedScheduler.BookEarliest(index, bookings);
        return FirstComeFirstServedScheduler.InOrder(bookings.All);
    }

    /// <summary>Maximum matching of seekers to slot places at one booth (Kuhn's algorithm with slot capacities).</summary>
    private static List<(int SeekerId, int Slot)> Match(Bookings bookings, BoothPlan booth, int[] seekers)
    {
        var slots = booth.Slots.Length;
        var fits = seekers.Select(s => Enumerable.Range(0, slots).Where(slot => bookings.Fits(s, booth, slot)).ToArray()).ToArray();
        var capacity = Enumerable.Range(0, slots).Select(slot => booth.Booth.Interviewers - bookings.Used(booth.Id, slot)).ToArray();
        var holders = Enumerable.Range(0, slots).Select(_ => new List<int>()).ToArray();
        for (var s = 0; s < seekers.Length; s++)
            Augment(s, new bool[slots]);
        return [.. holders.SelectMany((held, slot) => held.Select(s => (seekers[s], slot)))];

        bool Augment(int s, bool[] visited)
        {
            foreach (var slot in fits[s])
            {
                if (visited[slot]) continue;
                visited[slot] = true;
                if (holders[slot].Count < capacity[slot])
                {
                    holders[slot].Add(s);
                    return true;
                }
                for (var h = 0; h < holders[slot].Count; h++)
                {
                    if (!Augment(holders[slot][h], visited)) continue;
                    holders[slot][h] = s;
                    return true;
                }
            }
            return false;
        }
    }
}
