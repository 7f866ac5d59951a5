namespace Iljari.Scheduling;

/// <summary>
/// Checks a schedule against every rule of the event, independently of how it was made, so the benchmark and the tests
/// can trust neither scheduler. An empty list means the schedule can be printed and handed out. Interviews already held
/// (<see cref="ScheduleProblem.Held"/>) are facts, so their place is not judged, but they must all be there and they
/// count against the seeker's time and the booth's interviewers like every other interview.
/// </summary>
public static class ScheduleValidator
{
    public static IReadOnlyList<ScheduleViolation> Violations(ScheduleProblem problem, ScheduleResult result)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(result);
        var index = new EventIndex(problem);
        var found = new List<ScheduleViolation>();
        var held = index.Held.ToHashSet();
        foreach (var interview in result.Interviews.Where(i => !held.Contains(i)))
            CheckPlace(index, interview, found);
        foreach (var mine in result.Interviews.GroupBy(i => i.SeekerId))
            CheckSeeker(index, [.. mine.OrderBy(i => i.StartMinute)], found);
        CheckInterviewers(index, result.Interviews, found);
        var booked = result.Interviews.Select(i => (i.SeekerId, i.BoothId, i.StartMinute)).ToHashSet();
        foreach (var l in index.ValidLocks.Where(l => !booked.Contains((l.SeekerId, l.BoothId, l.StartMinute))))
            found.Add(new(ViolationKind.LockMissing, $"locked interview of seeker {l.SeekerId} at booth {l.BoothId}, minute {l.StartMinute}, is missing"));
        foreach (var h in held.Except(result.Interviews))
            found.Add(new(ViolationKind.LockMissing, $"held interview {Describe(h)} is missing"));
        return found;
    }

    private static void CheckPlace(EventIndex index, Interview i, List<ScheduleViolation> found)
    {
        var seeker = index.Seeker(i.SeekerId);
        var booth = index.Booth(i.BoothId);
        if (seeker is null || booth is null)
        {
            found.Add(new(ViolationKind.UnknownSeekerOrBooth, $"{Describe(i)}: {(seeker is null ? "no such seeker" : "no such booth")}"));
            return;
        }
        if (seeker.ChoiceFor(i.BoothId) is null)
            found.Add(new(ViolationKind.NotChosen, $"{Describe(i)}: seeker {i.SeekerId} did not choose booth {i.BoothId}"));
        if (seeker.Available is { } available && !available.Contains(i.Window))
            found.Add(new(ViolationKind.OutsideAvailability, $"{Describe(i)}: seeker {i.SeekerId} is available {available.Start}–{available.End} only"));
        var slot = booth.SlotIndexAt(i.StartMinute);
        if (slot >= 0 && booth.Slots[slot].End == i.EndMinute) return;
        var b = booth.Booth;
        if (i.StartMinute < b.StartMinute || i.EndMinute > b.EndMinute)
            found.Add(new(ViolationKind.OutsideHours, $"{Describe(i)}: booth {b.BoothId} is open {b.StartMinute}–{b.EndMinute}"));
        else if (b.Breaks.FirstOrDefault(i.Window.Overlaps) is { Length: > 0 } pause)
            found.Add(new(ViolationKind.InBreak, $"{Describe(i)}: booth {b.BoothId} has a break {pause.Start}–{pause.End}"));
        else
            found.Add(new(ViolationKind.OffSlotBoundary, $"{Describe(i)}: not one of the {b.SlotMinutes}-minute slots of booth {b.BoothId}"));
    }

    private static void CheckSeeker(EventIndex index, Interview[] mine, List<ScheduleViolation> found)
    {
        foreach (var twice in mine.GroupBy(i => i.BoothId).Where(g => g.Count() > 1))
            found.Add(new(ViolationKind.DuplicateBooth, $"seeker {mine[0].SeekerId} has {twice.Count()} interviews at booth {twice.Key}"));
        for (var a = 0; a < mine.Length; a++)
        {
            for (var b = a + 1; b < mine.Length; b++)
            {
                if (!mine[a].Window.TooCloseTo(mine[b].Window, index.MinGap)) continue;
                var what = mine[a].Window.Overlaps(mine[b].Window) ? "overlaps" : $"is less than {index.MinGap} minutes after";
                found.Add(new(ViolationKind.SeekerTooClose, $"{Describe(mine[b])} {what} {Describe(mine[a])}"));
            }
        }
    }

    /// <summary>
    /// The most interviews going on at once at a booth is reached where one of them starts, so counting at each start is
    /// exact, also for a held interview that lies off today's slot grid. On the grid it is the count per slot.
    /// </summary>
    private static void CheckInterviewers(EventIndex index, IReadOnlyList<Interview> interviews, List<ScheduleViolation> found)
    {
        foreach (var atBooth in interviews.GroupBy(i => i.BoothId))
        {
            if (index.Booth(atBooth.Key) is not { } booth) continue;
            var all = atBooth.ToArray();
            foreach (var start in all.Select(i => i.StartMinute).Distinct().Order())
            {
                var count = all.Count(i => i.StartMinute <= start && start < i.EndMinute);
                if (count > booth.Booth.Interviewers)
                    found.Add(new(ViolationKind.BoothOverbooked,
                        $"booth {booth.Id} at minute {start} has {count} interviews for {booth.Booth.Interviewers} interviewer(s)"));
            }
        }
    }

    private static string Describe(Interview i) => $"seeker {i.SeekerId} at booth {i.BoothId} {i.StartMinute}–{i.EndMinute}";
}
