using System.Diagnostics;
using Iljari.Scheduling;

namespace Iljari.Bench;

/// <summary>
/// Hiring-event interview scheduling (채용행사): the optimiser against first come, first served on the same generated
/// event, in one run, twice: once with every seeker available all day, once with the generator's mixed availability
/// (half all day, a quarter morning only, a quarter afternoon only; the same booths, choices and registration order).
/// Goals per event: the optimiser within the time limit (5 s) and at least 25 % more interviews than the baseline. A
/// third row runs the CP-SAT slot model on its own from the baseline hint, to show what the relaxation step adds. Every
/// schedule goes through the validator; any violation fails the run. The capacity bound shows how much room the event
/// leaves at all, so a missed goal can be told apart from a weak optimiser.
/// </summary>
internal static class ScheduleBenchmark
{
    private const double InterviewGoal = 1.25;
    private const int Workers = 2;

    public static int Run(BenchArgs args)
    {
        var employers = args.Int("--employers", 60);
        var seekerCount = args.Int("--seekers", 1000);
        var seed = args.Int("--seed", 1);
        var limit = TimeSpan.FromSeconds(args.Int("--limit-seconds", 5));

        var summary = new List<string>();
        var violations = 0;
        foreach (var availability in new[] { SeekerAvailability.AllDay, SeekerAvailability.Mixed })
        {
            var problem = ScheduleGenerator.Generate(employers, seekerCount, seed, availability: availability);
            violations += RunEvent(problem, availability, seed, limit, summary);
            Console.WriteLine();
        }

        Console.WriteLine("| event | interviews CP-SAT / FCFS | first choices | seekers served | CP-SAT wall ≤ " +
            $"{limit.TotalSeconds:0} s | ≥ {InterviewGoal - 1:P0} more interviews |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var line in summary) Console.WriteLine(line);
        Console.WriteLine($"validator, both events: {violations} violation(s)");
        return violations == 0 ? 0 : 1;
    }

    /// <summary>Prints one event's table, ratios and goals, adds its summary row, and returns the validator's violation count.</summary>
    private static int RunEvent(ScheduleProblem problem, SeekerAvailability availability, int seed, TimeSpan limit, List<string> summary)
    {
        var name = availability == SeekerAvailability.AllDay ? "all day" : "mixed availability";
        var places = problem.Booths.Sum(b => b.Slots().Count * b.Interviewers);
        var choices = problem.Seekers.Sum(s => s.Choices.Count);
        var capacityBound = CapacityBound(problem);
        Console.WriteLine($"## event (seed {seed}), {name}: {problem.Booths.Count} booths, {problem.Seekers.Count:N0} seekers, " +
            $"{choices:N0} booth choices for {places:N0} interview places");
        Console.WriteLine(availability == SeekerAvailability.AllDay
            ? "availability: every seeker all day (10:00–17:00)"
            : $"availability: drawn per seeker, independent of registration order and choices: {ScheduleGenerator.AllDayPercent} % all day, " +
              $"{ScheduleGenerator.MorningPercent} % morning only ({Clock(ScheduleGenerator.Morning)}), " +
              $"{ScheduleGenerator.AfternoonPercent} % afternoon only ({Clock(ScheduleGenerator.Afternoon)}); " +
              $"this event: {string.Join(", ", Groups.Select(g => $"{problem.Seekers.Count(s => s.Available == g.Window):N0} {g.Name}"))}");

        var fcfs = FirstComeFirstServedScheduler.Solve(problem);
        var sw = Stopwatch.StartNew();
        var cpSat = CpSatScheduler.Solve(problem, limit, Workers);
        var cpSatSeconds = sw.Elapsed.TotalSeconds;
        var slotModelAlone = CpSatScheduler.Solve(problem, limit, Workers, relax: false);

        Console.WriteLine();
        Console.WriteLine("| scheduler | interviews | seekers served | seekers with zero | first choices | wall s | status | gap |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        Console.WriteLine(Row("first come, first served", fcfs.Stats));
        Console.WriteLine(Row($"CP-SAT ({limit.TotalSeconds:0} s, {Workers} workers)", cpSat.Stats));
        Console.WriteLine(Row($"CP-SAT slot model alone, FCFS hint ({limit.TotalSeconds:0} s, {Workers} workers)", slotModelAlone.Stats));
        Console.WriteLine();
        Console.WriteLine($"CP-SAT: {cpSat.Stats.Method}");
        Console.WriteLine($"slot model alone: {slotModelAlone.Stats.Method}");

        var f = fcfs.Stats;
        var c = cpSat.Stats;
        var interviewRatio = Ratio(c.Interviews, f.Interviews);
        var firstRatio = Ratio(c.FirstChoicesSatisfied, f.FirstChoicesSatisfied);
        var servedRatio = Ratio(c.SeekersServed, f.SeekersServed);
        var boundRatio = Ratio(capacityBound, f.Interviews);
        Console.WriteLine($"ratio CP-SAT / FCFS: interviews {interviewRatio:F3}×, first choices {firstRatio:F3}×, " +
            $"seekers served {servedRatio:F3}×, seekers with zero {f.SeekersWithZero:N0} → {c.SeekersWithZero:N0}");
        if (availability != SeekerAvailability.AllDay)
            Console.WriteLine("seekers with zero by availability (" + string.Join(" / ", Groups.Select(g => g.Name)) + "): " +
                $"FCFS {ZeroBy(problem, fcfs)}, CP-SAT {ZeroBy(problem, cpSat)}");
        Console.WriteLine($"capacity bound (per booth: its places matched to the seekers who chose it, inside their availability): {capacityBound:N0} interviews " +
            $"= {boundRatio:F3}× FCFS; proven by the optimiser: objective bound {c.BestBound:N0} ≥ objective {c.Objective:N0}, " +
            $"at most {c.SeekersServedBound:N0} seekers can be served");
        var timeMet = cpSatSeconds <= limit.TotalSeconds;
        var interviewsMet = interviewRatio >= InterviewGoal;
        Console.WriteLine($"goal CP-SAT wall time ≤ {limit.TotalSeconds:0} s: {Met(timeMet)} ({cpSatSeconds:F2} s)");
        Console.WriteLine($"goal ≥ {InterviewGoal - 1:P0} more interviews than FCFS: {Met(interviewsMet)} ({interviewRatio - 1:+0.0%;-0.0%})" +
            (interviewsMet || boundRatio >= InterviewGoal ? "" :
                $" — unreachable on this event: no schedule can have more than {capacityBound:N0} interviews ({boundRatio - 1:+0.0%;-0.0%} over FCFS); " +
                "the gain is in who gets an interview, not how many"));

        var found = new[] { ("FCFS", fcfs), ("CP-SAT", cpSat), ("slot model alone", slotModelAlone) }
            .SelectMany(r => ScheduleValidator.Violations(problem, r.Item2).Select(v => $"{r.Item1}: {v.Kind}: {v}")).ToList();
        foreach (var v in found.Take(20)) Console.WriteLine(v);
        Console.WriteLine($"validator: {found.Count} violation(s) in {fcfs.Interviews.Count + cpSat.Interviews.Count + slotModelAlone.Interviews.Count:N0} interviews");

        summary.Add($"| {name} | {interviewRatio:F3}× ({f.Interviews:N0} → {c.Interviews:N0}) | {firstRatio:F3}× ({f.FirstChoicesSatisfied:N0} → {c.FirstChoicesSatisfied:N0}) | " +
            $"{servedRatio:F3}× ({f.SeekersServed:N0} → {c.SeekersServed:N0}) | {Met(timeMet)} ({cpSatSeconds:F2} s) | {Met(interviewsMet)} ({interviewRatio - 1:+0.0%;-0.0%}) |");
        return found.Count;
    }

    private static readonly (string Name, TimeWindow? Window)[] Groups =
        [("all day", null), ("morning only", ScheduleGenerator.Morning), ("afternoon only", ScheduleGenerator.Afternoon)];

    /// <summary>
    /// No schedule can give a booth more interviews than its places can be matched to the seekers who chose it, each
    /// inside their availability. Slots are in time order and a window is an interval, so handing each place, slot by
    /// slot, to the waiting seeker whose window closes first gives that largest matching (earliest deadline first).
    /// </summary>
    private static int CapacityBound(ScheduleProblem problem)
    {
        var allDay = new TimeWindow(int.MinValue, int.MaxValue);
        var windowsOf = problem.Seekers.SelectMany(s => s.Choices.Select(c => (c.BoothId, Window: s.Available ?? allDay))).ToLookup(p => p.BoothId, p => p.Window);
        var total = 0;
        foreach (var booth in problem.Booths)
        {
            var windows = windowsOf[booth.BoothId].OrderBy(w => w.Start).ToArray();
            var waiting = new PriorityQueue<TimeWindow, int>();
            var next = 0;
            foreach (var slot in booth.Slots())
            {
                for (; next < windows.Length && windows[next].Start <= slot.Start; next++) waiting.Enqueue(windows[next], windows[next].End);
                for (var taken = 0; taken < booth.Interviewers && waiting.TryDequeue(out var window, out _);)
                {
                    if (window.End < slot.End) continue; // gone before this slot ends, and so before every later one
                    taken++;
                    total++;
                }
            }
        }
        return total;
    }

    private static string ZeroBy(ScheduleProblem problem, ScheduleResult result)
    {
        var served = result.Interviews.Select(i => i.SeekerId).ToHashSet();
        return string.Join(" / ", Groups.Select(g => problem.Seekers.Count(s => s.Available == g.Window && s.Choices.Count > 0 && !served.Contains(s.SeekerId)).ToString("N0")));
    }

    private static string Clock(TimeWindow w) => $"{10 + w.Start / 60}:{w.Start % 60:00}–{10 + w.End / 60}:{w.End % 60:00}";

    private static double Ratio(int a, int b) => a / (double)Math.Max(1, b);

    private static string Met(bool met) => met ? "met" : "NOT met";

    private static string Row(string name, ScheduleStats s) =>
        $"| {name} | {s.Interviews:N0} | {s.SeekersServed:N0} | {s.SeekersWithZero:N0} | {s.FirstChoicesSatisfied:N0} | {s.WallTime.TotalSeconds:F2} | {s.Status} | " +
        (s.RelativeGap is { } gap ? $"{gap:P4}" : "–") + " |";
}
