using Google.OrTools.Graph;

namespace Iljari.Scheduling;

/// <summary>
/// The event without the clock: which seeker interviews at which booth. The seekers' own gap rule is dropped (only
/// its count survives: a seeker gets no more interviews than fit side by side in their day), and of the slots only as
/// much is kept as availability needs. The best plan therefore scores at least as high as every real schedule under
/// the same objective: its value is a proven upper bound.
/// <para>
/// Without the clock the problem is a network: source → seeker → (booth, availability window) → time bucket of the
/// booth → sink, where a seeker's first unit of flow earns the served weight and each seeker → booth arc earns the
/// interview weight. A booth's free places (interviewers per slot, less the locks) are split into buckets: slots that
/// the same availability windows of the booth's seekers contain, so each window reaches exactly the places inside it.
/// With every seeker available all day a booth has one bucket, its total number of places. Without the buckets a crowd
/// of morning-only seekers would count the booth's afternoon places as theirs: still a bound, but a weak one, and a
/// plan that cannot be placed. A minimum-cost flow solves the network exactly in milliseconds (OR-Tools
/// <see cref="MinCostFlow"/>); the same model in CP-SAT is totally unimodular but was still not proved optimal after
/// 3 s at 1,000 seekers.
/// </para>
/// <para>
/// Why it is a bound: map any valid schedule to the network. Each interview outside the locks is at a slot inside the
/// seeker's window with an interviewer left after the locks, so it is one unit along seeker → (booth, window) → the
/// bucket holding that slot; no bucket gets more units than its slots have places; a seeker's interviews never clash,
/// so there are no more of them than <see cref="MostSideBySide"/>. That flow scores exactly the schedule's objective,
/// and the minimum-cost flow scores at least as much.
/// </para>
/// </summary>
internal static class PairRelaxation
{
    /// <param name="Pairs">The (seeker, booth) interviews of the best plan, locks excluded.</param>
    /// <param name="Bound">The plan's objective: no schedule of the event scores higher.</param>
    internal sealed record Plan(IReadOnlyList<(int SeekerId, int BoothId)> Pairs, long Bound);

    private const int Source = 0, Sink = 1;

    public static Plan Solve(EventIndex index)
    {
        var locked = Bookings.WithLocks(index);
        using var flow = new MinCostFlow();
        var nextNode = 2 + index.Seekers.Count;
        var windowNode = new Dictionary<(int BoothId, TimeWindow? Window), int>();
        var pairs = new List<(int SeekerId, int BoothId, int Arc)>();
        long units = 0;
        for (var s = 0; s < index.Seekers.Count; s++)
        {
            var seeker = index.Seekers[s];
            var node = 2 + s;
            var fitting = seeker.Choices.Select(c => (Choice: c, Slots: FittingSlots(index, locked, seeker.Id, c.BoothId))).Where(c => c.Slots.Length > 0).ToArray();
            if (fitting.Length == 0) continue;
            var most = Math.Min(fitting.Length, MostSideBySide(fitting.SelectMany(c => c.Slots), index.MinGap));
            // Costs are negated weights: the flow minimises. A seeker with a lock is served already, so earns no served weight.
            var servedArc = locked.Of(seeker.Id).Any() ? 0 : 1;
            if (servedArc == 1) flow.AddArcWithCapacityAndUnitCost(Source, node, 1, -index.ServedWeight);
            flow.AddArcWithCapacityAndUnitCost(Source, node, most - servedArc, 0);
            foreach (var (choice, _) in fitting)
            {
                if (!windowNode.TryGetValue((choice.BoothId, seeker.Available), out var to))
                    windowNode[(choice.BoothId, seeker.Available)] = to = nextNode++;
                pairs.Add((seeker.Id, choice.BoothId, flow.AddArcWithCapacityAndUnitCost(node, to, 1, -ObjectiveWeights.Of(choice))));
            }
            units += most;
        }
        foreach (var booth in windowNode.Keys.GroupBy(k => k.BoothId, k => k.Window))
            nextNode = AddBuckets(flow, index.Booth(booth.Key)!, [.. booth], windowNode, locked, nextNode);
        // Units nobody can use go straight to the sink, so the flow is always feasible and only profit decides.
        flow.AddArcWithCapacityAndUnitCost(Source, Sink, units, 0);
        flow.SetNodeSupply(Source, units);
        flow.SetNodeSupply(Sink, -units);
        var status = flow.Solve();
        if (status != MinCostFlowBase.Status.OPTIMAL)
            throw new InvalidOperationException($"min-cost flow answered {status}"); // always feasible: a bug, not bad input
        var chosen = pairs.Where(p => flow.Flow(p.Arc) == 1).Select(p => (p.SeekerId, p.BoothId)).ToArray();
        return new Plan(chosen, Scoring.Objective(index, locked.All) - flow.OptimalCost());
    }

    /// <summary>
    /// The booth's free places grouped by which of its seekers' windows contain the slot (a slot no window contains is
    /// of no use): one node per group with an arc to the sink of its places, reached from every window containing it.
    /// </summary>
    private static int AddBuckets(MinCostFlow flow, BoothPlan booth, TimeWindow?[] windows, Dictionary<(int, TimeWindow?), int> windowNode,
        Bookings locked, int nextNode)
    {
        var buckets = new Dictionary<string, (int[] Windows, long Places)>();
        for (var slot = 0; slot < booth.Slots.Length; slot++)
        {
            var places = booth.Booth.Interviewers - locked.Used(booth.Id, slot);
            if (places <= 0) continue;
            var inside = Enumerable.Range(0, windows.Length).Where(w => windows[w] is not { } window || window.Contains(booth.Slots[slot])).ToArray();
            if (inside.Length == 0) continue;
            var key = string.Join(',', inside);
            buckets[key] = buckets.TryGetValue(key, out var bucket) ? (inside, bucket.Places + places) : (inside, places);
        }
        foreach (var (inside, places) in buckets.Values)
        {
            var node = nextNode++;
            flow.AddArcWithCapacityAndUnitCost(node, Sink, places, 0);
            foreach (var w in inside)
                flow.AddArcWithCapacityAndUnitCost(windowNode[(booth.Id, windows[w])], node, places, 0);
        }
        return nextNode;
    }

    /// <summary>The booth's slots the seeker could still take once the locks are placed: inside their window, not full, not next to their own lock.</summary>
    private static TimeWindow[] FittingSlots(EventIndex index, Bookings locked, int seekerId, int boothId)
    {
        var booth = index.Booth(boothId)!;
        return [.. Enumerable.Range(0, booth.Slots.Length).Where(slot => locked.Fits(seekerId, booth, slot)).Select(slot => booth.Slots[slot])];
    }

    /// <summary>
    /// The most of these slots one person can attend: stretched by the gap, they are intervals, and taking the one that
    /// ends first, again and again, gives a largest set that pairwise keeps the gap. (It may reuse a booth, so it is an
    /// upper bound on the interviews the seeker can have, which is all the relaxation needs.)
    /// </summary>
    internal static int MostSideBySide(IEnumerable<TimeWindow> slots, int gap)
    {
        var count = 0;
        var free = int.MinValue;
        foreach (var slot in slots.OrderBy(w => w.End))
        {
            if (slot.Start < free) continue;
            count++;
            free = slot.End + gap;
        }
        return count;
    }
}
