namespace Iljari.Scheduling;

/// <summary>
/// One employer booth of the event: open from <paramref name="StartMinute"/> to <paramref name="EndMinute"/>, interviews of
/// <paramref name="SlotMinutes"/> each, <paramref name="Interviewers"/> interviews at the same time, closed during
/// <paramref name="Breaks"/>.
/// </summary>
public sealed record BoothCapacity(int BoothId, int StartMinute, int EndMinute, int SlotMinutes, int Interviewers, IReadOnlyList<TimeWindow> Breaks)
{
    /// <summary>
    /// The interview slots in time order: consecutive windows of <see cref="SlotMinutes"/> from the opening, each ending
    /// by the closing. A window that would overlap a break is not offered; the next one starts when the break ends, so
    /// interviews resume right after lunch instead of waiting for the morning's grid to come round again.
    /// Computed on each call (a day has a few dozen slots); the schedulers keep their own copy.
    /// </summary>
    public IReadOnlyList<TimeWindow> Slots()
    {
        if (SlotMinutes <= 0) return [];
        var slots = new List<TimeWindow>();
        var start = StartMinute;
        while (start + SlotMinutes <= EndMinute)
        {
            var window = new TimeWindow(start, start + SlotMinutes);
            var blockedUntil = Breaks.Where(window.Overlaps).Select(b => b.End).DefaultIfEmpty(int.MinValue).Max();
            if (blockedUntil > start)
            {
                start = blockedUntil;
                continue;
            }
            slots.Add(window);
            start = window.End;
        }
        return [.. slots];
    }
}
