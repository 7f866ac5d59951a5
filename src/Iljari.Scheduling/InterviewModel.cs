using Google.OrTools.Sat;

namespace Iljari.Scheduling;

/// <summary>
/// The CP-SAT model of an event at slot level. One Boolean per (seeker, chosen booth, slot) that lies inside the
/// seeker's availability and is still usable once the locked interviews are in place; locks are constants, not
/// variables (the same as fixing them to 1, with a smaller model).
/// <list type="bullet">
/// <item>at most one interview per seeker and booth;</item>
/// <item>per booth slot, at most the interviewers left after locks: one count per slot, never one variable per
/// interviewer, so the model has no interchangeable-interviewer symmetry to break;</item>
/// <item>per seeker, interviews closer than the minimum gap exclude each other. Stretched by the gap, a seeker's
/// candidate slots are intervals on one time line; the conflicts form an interval graph whose maximal cliques are
/// "all candidates covering this start minute", so one at-most-one per maximal clique is exact and as tight as the
/// pairwise form is weak;</item>
/// <item>a "served" literal per seeker that can only be true with at least one interview.</item>
/// </list>
/// Objective: <see cref="EventIndex.ServedWeight"/> per served seeker plus <see cref="ObjectiveWeights.Of"/> per
/// interview, with the locked interviews as a constant so the value equals <see cref="Scoring.Objective"/>.
/// </summary>
internal sealed class InterviewModel
{
    private readonly EventIndex _index;
    private readonly ModelBuilder _builder = new();
    private readonly List<Candidate> _candidates = [];
    private readonly Dictionary<int, int> _served = [];

    /// <param name="hint">A valid schedule to start from; its slots are always candidates.</param>
    /// <param name="slotsPerChoice">
    /// At most this many candidate slots per (seeker, booth), spread over the day (see <see cref="SlotSample"/>);
    /// <see cref="int.MaxValue"/> keeps every slot, the exact model.
    /// </param>
    public InterviewModel(EventIndex index, IReadOnlyList<Interview> hint, int slotsPerChoice = int.MaxValue)
    {
        _index = index;
        var locked = Bookings.WithLocks(index);
        var hinted = hint.ToDictionary(i => (i.SeekerId, i.BoothId), i => i.StartMinute);
        var bySlot = new Dictionary<(int Booth, int Slot), List<int>>();
        foreach (var seeker in index.Seekers)
        {
            var locks = locked.Of(seeker.Id).ToArray();
            var mine = new List<Candidate>();
            foreach (var choice in seeker.Choices)
            {
                if (Array.Exists(locks, l => l.BoothId == choice.BoothId)) continue;
                var booth = index.Booth(choice.BoothId)!;
                var usable = Enumerable.Range(0, booth.Slots.Length).Where(slot => locked.Fits(seeker.Id, booth, slot)).ToArray();
                var keep = hinted.TryGetValue((seeker.Id, booth.Id), out var start) ? booth.SlotIndexAt(start) : -1;
                var weight = ObjectiveWeights.Of(choice);
                var atThisBooth = new List<int>();
                foreach (var slot in SlotSample.Pick(usable, slotsPerChoice, keep, seeker.Id, booth.Id))
                {
                    var x = _builder.NewBool();
                    mine.Add(new Candidate(seeker.Id, booth.Id, booth.Slots[slot], x));
                    atThisBooth.Add(x);
                    _builder.AddToObjective(x, weight);
                    if (!bySlot.TryGetValue((booth.Id, slot), out var inSlot)) bySlot[(booth.Id, slot)] = inSlot = [];
                    inSlot.Add(x);
                }
                if (atThisBooth.Count > 1) _builder.AtMostOne(atThisBooth);
            }
            if (mine.Count == 0) continue;
            AddTimeConflicts(mine);
            _candidates.AddRange(mine);
            if (locks.Length > 0) continue; // served anyway
            var served = _builder.NewBool();
            _served[seeker.Id] = served;
            _builder.OnlyIfAny(served, mine.Select(c => c.Var));
            _builder.AddToObjective(served, index.ServedWeight);
        }
        foreach (var ((boothId, slot), vars) in bySlot)
            _builder.AtMost(vars, index.Booth(boothId)!.Booth.Interviewers - locked.Used(boothId, slot));
        _builder.Maximize(Scoring.Objective(index, locked.All));

        var booked = hint.Select(i => (i.SeekerId, i.BoothId, i.StartMinute)).ToHashSet();
        var servedInHint = hint.Select(i => i.SeekerId).ToHashSet();
        _builder.Hint(_candidates.Select(c => (c.Var, booked.Contains((c.SeekerId, c.BoothId, c.Window.Start))))
            .Concat(_served.Select(s => (s.Value, servedInHint.Contains(s.Key)))));
    }

    public CpModel Model => _builder.Model;
    public int Candidates => _candidates.Count;

    /// <summary>The locked interviews plus every candidate the solver set to true.</summary>
    public IReadOnlyList<Interview> Read(CpSolverResponse response)
    {
        var solution = response.Solution;
        var interviews = Bookings.WithLocks(_index).All.ToList();
        foreach (var c in _candidates)
            if (solution[c.Var] == 1) interviews.Add(new Interview(c.SeekerId, c.BoothId, c.Window.Start, c.Window.End));
        return FirstComeFirstServedScheduler.InOrder(interviews);
    }

    /// <summary>
    /// One at-most-one per maximal clique of the seeker's conflict graph. With each candidate stretched to
    /// [start, end + gap), two candidates conflict exactly when the stretched intervals overlap; sweeping the starts in
    /// order, the set alive at a start is a clique, and it is maximal when some member ends before the next start.
    /// Cliques within one booth are already covered by its at-most-one.
    /// </summary>
    private void AddTimeConflicts(List<Candidate> mine)
    {
        var gap = _index.MinGap;
        var byStart = mine.OrderBy(c => c.Window.Start).ToArray();
        var starts = byStart.Select(c => c.Window.Start).Distinct().ToArray();
        var alive = new List<Candidate>();
        var next = 0;
        for (var p = 0; p < starts.Length; p++)
        {
            var point = starts[p];
            alive.RemoveAll(c => c.Window.End + gap <= point);
            while (next < byStart.Length && byStart[next].Window.Start == point) alive.Add(byStart[next++]);
            var maximal = p == starts.Length - 1 || alive.Exists(c => c.Window.End + gap <= starts[p + 1]);
            if (maximal && alive.Count > 1 && alive.Exists(c => c.BoothId != alive[0].BoothId))
                _builder.AtMostOne(alive.Select(c => c.Var));
        }
    }

    private sealed record Candidate(int SeekerId, int BoothId, TimeWindow Window, int Var);
}
