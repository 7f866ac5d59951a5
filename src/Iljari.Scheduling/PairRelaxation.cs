using Google.OrTools.Graph;

namespace Iljari.Scheduling;

/// <summary>
/// The event without the clock: which seeker interviews at which booth, each booth taking at most as many seekers as it
/// has free places (slots × interviewers, less the locks). Slots and gaps are dropped, so the best plan scores at
/// least as high as every real schedule under the same objective: its value is a proven upper bound.
/// <para>
/// Without the clock the problem is a network: source → seeker → booth → sink, where a seeker's first unit of flow
/// earns the served weight and each seeker → booth arc earns the interview weight. A minimum-cost flow solves it exactly
/// in milliseconds (OR-Tools <see cref="MinCostFlow"/>); the same model in CP-SAT is totally unimodular but was still
/// not proved optimal after 3 s at 1,000 seekers.
/// </para>
/// </summary>
internal static class PairRelaxation
{
    /// <param name="Pairs">The (seeker, booth) interviews of the best plan, locks excluded.</param>
    /// <param name="Bound">The plan's objective: no schedule of the event scores higher.</param>
    internal sealed record Plan(IReadOnlyList<(int SeekerId, int BoothId)> Pairs, long Bound);

    public static Plan Solve(EventIndex index)
    {
        var locked = Bookings.WithLocks(index);
        var booths = index.Seekers.SelectMany(s => s.Choices).Select(c => c.BoothId).Distinct().ToArray();
        var boothNode = booths.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => 2 + index.Seekers.Count + p.i);
        const int Source = 0, Sink = 1;
        using var flow = new MinCostFlow();
        var pairs = new List<(int SeekerId, int BoothId, int Arc)>();
        long units = 0;
        for (var s = 0; s < index.Seekers.Count; s++)
        {
            var seeker = index.Seekers[s];
            var node = 2 + s;
            var usable = seeker.Choices.Where(c => CanMeet(index, locked, seeker.Id, c.BoothId)).ToArray();
            if (usable.Length == 0) continue;
            // Costs are negated weights: the flow minimises. A seeker with a lock is served already, so earns no served weight.
            var servedArc = locked.Of(seeker.Id).Any() ? 0 : 1;
            if (servedArc == 1) flow.AddArcWithCapacityAndUnitCost(Source, node, 1, -index.ServedWeight);
            flow.AddArcWithCapacityAndUnitCost(Source, node, usable.Length - servedArc, 0);
            foreach (var choice in usable)
                pairs.Add((seeker.Id, choice.BoothId, flow.AddArcWithCapacityAndUnitCost(node, boothNode[choice.BoothId], 1, -ObjectiveWeights.Of(choice))));
            units += usable.Length;
        }
        foreach (var boothId in booths)
        {
            var booth = index.Booth(boothId)!;
            var places = Enumerable.Range(0, booth.Slots.Length).Sum(slot => Math.Max(0, booth.Booth.Interviewers - locked.Used(boothId, slot)));
            flow.AddArcWithCapacityAndUnitCost(boothNode[boothId], Sink, places, 0);
        }
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

    /// <summary>Whether the booth has any slot left for this seeker once the locks are placed (not full, not next to their own lock).</summary>
    private static bool CanMeet(EventIndex index, Bookings locked, int seekerId, int boothId)
    {
        var booth = index.Booth(boothId)!;
        for (var slot = 0; slot < booth.Slots.Length; slot++)
            if (locked.Fits(seekerId, booth, slot)) return true;
        return false;
    }
}
