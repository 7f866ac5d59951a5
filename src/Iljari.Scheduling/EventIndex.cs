namespace Iljari.Scheduling;

/// <summary>
/// A problem read once for the schedulers and the validator: booth slots computed, each seeker's usable choices (booths
/// that exist, the first mention of each, best rank first) and availability, the interviews already held, and the
/// locked interviews that are still valid around them. A seeker id listed twice keeps its first entry.
/// </summary>
internal sealed class EventIndex
{
    private readonly Dictionary<int, BoothPlan> _booths = [];
    private readonly Dictionary<int, SeekerPlan> _seekersById = [];

    public EventIndex(ScheduleProblem problem)
    {
        Problem = problem;
        foreach (var booth in problem.Booths)
            _booths.TryAdd(booth.BoothId, new BoothPlan(booth, [.. booth.Slots()]));
        var seekers = new List<SeekerPlan>(problem.Seekers.Count);
        foreach (var request in problem.Seekers)
        {
            if (_seekersById.ContainsKey(request.SeekerId)) continue;
            var choices = request.Choices.Where(c => _booths.ContainsKey(c.BoothId)).OrderBy(c => c.Rank).ThenBy(c => c.BoothId)
                .DistinctBy(c => c.BoothId).ToArray();
            var plan = new SeekerPlan(request, choices);
            _seekersById.Add(request.SeekerId, plan);
            seekers.Add(plan);
        }
        Seekers = seekers;
        Held = problem.Held ?? [];
        (ValidLocks, IgnoredLocks) = SortLocks(problem.Locked);
        // One served seeker must outweigh every possible change of the preference total, which lies in [0, sum of all weights].
        ServedWeight = 1 + seekers.Sum(s => s.Choices.Sum(c => (long)ObjectiveWeights.Of(c)));
    }

    public ScheduleProblem Problem { get; }
    public IReadOnlyList<SeekerPlan> Seekers { get; }

    /// <summary>Interviews already held: kept as they are, never checked against slots, choices or availability.</summary>
    public IReadOnlyList<Interview> Held { get; }
    public IReadOnlyList<LockedInterview> ValidLocks { get; }
    public int IgnoredLocks { get; }
    public int MinGap => Problem.MinGapMinutes;

    /// <summary>Objective weight of a served seeker: more than all interview weights together.</summary>
    public long ServedWeight { get; }

    public BoothPlan? Booth(int boothId) => _booths.GetValueOrDefault(boothId);
    public SeekerPlan? Seeker(int seekerId) => _seekersById.GetValueOrDefault(seekerId);

    /// <summary>
    /// Keeps locks in the order staff entered them while they still fit: the seeker chose the booth, the time is a slot
    /// of it inside the seeker's availability, the seeker has no held interview or other lock there or too close in
    /// time, and the slot still has an interviewer once the held interviews have theirs.
    /// </summary>
    private (IReadOnlyList<LockedInterview> Valid, int Ignored) SortLocks(IReadOnlyList<LockedInterview> locks)
    {
        var bookings = Bookings.WithHeld(this);
        var valid = new List<LockedInterview>();
        foreach (var l in locks)
        {
            var seeker = Seeker(l.SeekerId);
            var booth = Booth(l.BoothId);
            var slot = booth?.SlotIndexAt(l.StartMinute) ?? -1;
            if (seeker is null || booth is null || slot < 0 || seeker.ChoiceFor(l.BoothId) is null) continue;
            if (!bookings.Fits(seeker.Id, booth, slot)) continue;
            bookings.Add(seeker.Id, booth, slot);
            valid.Add(l);
        }
        return (valid, locks.Count - valid.Count);
    }
}

/// <summary>A booth with its slots in time order.</summary>
internal sealed record BoothPlan(BoothCapacity Booth, TimeWindow[] Slots)
{
    public int Id => Booth.BoothId;

    /// <summary>Index of the slot starting at <paramref name="startMinute"/>, or −1.</summary>
    public int SlotIndexAt(int startMinute)
    {
        var lo = 0;
        var hi = Slots.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Slots[mid].Start == startMinute) return mid;
            if (Slots[mid].Start < startMinute) lo = mid + 1;
            else hi = mid - 1;
        }
        return -1;
    }
}

/// <summary>
/// A seeker with the choices that can be scheduled, best rank first. A choice stays on the list even when its booth has
/// no slot inside the seeker's availability: it is still what they asked for (first choices, seekers with zero), it just
/// cannot be booked.
/// </summary>
internal sealed record SeekerPlan(SeekerRequest Request, BoothChoice[] Choices)
{
    public int Id => Request.SeekerId;

    /// <summary>When the seeker is at the event; the whole day when they gave no window.</summary>
    public TimeWindow? Available => Request.Available;

    /// <summary>Whether the slot lies wholly inside the seeker's availability.</summary>
    public bool CanAttend(TimeWindow slot) => Request.Available is not { } window || window.Contains(slot);

    public BoothChoice? ChoiceFor(int boothId)
    {
        foreach (var c in Choices)
            if (c.BoothId == boothId) return c;
        return null;
    }
}
