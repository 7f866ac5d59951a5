namespace Iljari.Scheduling;

/// <summary>
/// A schedule being built one interview at a time: interviewers in use per booth slot and each seeker's interviews, so
/// that "does this slot still fit?" is a quick question. Every step that builds a schedule uses it, so all agree on the rules.
/// </summary>
internal sealed class Bookings(EventIndex index)
{
    private readonly Dictionary<(int Booth, int Slot), int> _used = [];
    private readonly Dictionary<int, List<Interview>> _bySeeker = [];
    private readonly List<Interview> _all = [];

    public IReadOnlyList<Interview> All => _all;

    /// <summary>Bookings holding the problem's held and valid locked interviews, the start of every schedule.</summary>
    public static Bookings WithLocks(EventIndex index)
    {
        var bookings = WithHeld(index);
        foreach (var l in index.ValidLocks)
        {
            var booth = index.Booth(l.BoothId)!;
            bookings.Add(l.SeekerId, booth, booth.SlotIndexAt(l.StartMinute));
        }
        return bookings;
    }

    /// <summary>Bookings holding only the interviews already held: where the locks are sorted into valid and ignored.</summary>
    public static Bookings WithHeld(EventIndex index)
    {
        var bookings = new Bookings(index);
        foreach (var held in index.Held)
        {
            // Held before the booth changed, it may lie off today's grid: it takes an interviewer in every slot it overlaps.
            if (index.Booth(held.BoothId) is { } booth)
            {
                for (var slot = 0; slot < booth.Slots.Length; slot++)
                    if (booth.Slots[slot].Overlaps(held.Window)) bookings._used[(booth.Id, slot)] = bookings.Used(booth.Id, slot) + 1;
            }
            bookings.Record(held);
        }
        return bookings;
    }

    public IEnumerable<Interview> Of(int seekerId) => _bySeeker.TryGetValue(seekerId, out var mine) ? mine : [];

    /// <summary>
    /// True when the slot lies inside the seeker's availability and has a free interviewer, and the seeker is not yet
    /// booked at this booth nor too close in time.
    /// </summary>
    public bool Fits(int seekerId, BoothPlan booth, int slot)
    {
        var window = booth.Slots[slot];
        if (index.Seeker(seekerId) is { } seeker && !seeker.CanAttend(window)) return false;
        if (_used.GetValueOrDefault((booth.Id, slot)) >= booth.Booth.Interviewers) return false;
        if (!_bySeeker.TryGetValue(seekerId, out var mine)) return true;
        return !mine.Exists(i => i.BoothId == booth.Id || i.Window.TooCloseTo(window, index.MinGap));
    }

    public void Add(int seekerId, BoothPlan booth, int slot)
    {
        var window = booth.Slots[slot];
        _used[(booth.Id, slot)] = _used.GetValueOrDefault((booth.Id, slot)) + 1;
        Record(new Interview(seekerId, booth.Id, window.Start, window.End));
    }

    private void Record(Interview interview)
    {
        if (!_bySeeker.TryGetValue(interview.SeekerId, out var mine)) _bySeeker[interview.SeekerId] = mine = [];
        mine.Add(interview);
        _all.Add(interview);
    }

    /// <summary>Interviewers already booked in a slot.</summary>
    public int Used(int boothId, int slot) => _used.GetValueOrDefault((boothId, slot));
}
