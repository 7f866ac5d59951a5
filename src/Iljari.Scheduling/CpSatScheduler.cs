using System.Diagnostics;
using Google.OrTools.Sat;

namespace Iljari.Scheduling;

/// <summary>
/// Optimised timetables with Google OR-Tools. Objective, lexicographic through its weights: first as many seekers as
/// possible get at least one interview, then the largest sum of interview weights, 100–150 each by rank and match
/// score, so one more interview outweighs a better rank for one already booked (<see cref="ObjectiveWeights"/>).
/// <para>
/// Every step keeps each seeker's interviews inside their availability (<see cref="SeekerRequest.Available"/>).
/// Three steps share the time limit. (1) <see cref="PairRelaxation"/> decides who meets which booth without the clock
/// (but with each booth's places split by the availability windows that reach them), exactly, and so gives a proven
/// upper bound. (2) <see cref="PairPlacement"/> puts that plan into slots. If the placed schedule reaches the bound
/// it is optimal and the search is skipped. (3) Otherwise CP-SAT searches the slot-level model
/// (<see cref="InterviewModel"/>) from the better of that schedule and first come, first served, given as a complete
/// hint, for the rest of the time; if that model is too big for the time left, each choice keeps only a
/// few of its slots (<see cref="SlotSample"/>) and the relaxation's bound is the one reported. Whatever is cut short,
/// the result is never worse than first come, first served, which is always at hand.
/// </para>
/// </summary>
public static class CpSatScheduler
{
    // Serialising the model to the native solver, reading the answer back and counting it happen outside the solver's
    // own clock: a fixed part and a part per candidate, measured on the 2-core bench machine with some margin.
    private static readonly TimeSpan ReadBack = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan TransferPerCandidate = TimeSpan.FromMicroseconds(5);
    private static readonly TimeSpan LeastSolverTime = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// Candidates (Booleans) the slot model may have per second of search left, measured on a 2-core machine: above it
    /// CP-SAT spends the whole limit in presolve and its first neighbourhood. A bigger model keeps fewer slots per choice.
    /// </summary>
    internal const int CandidatesPerSecond = 5_000;

    /// <param name="timeLimit">For the whole call: the baseline, the relaxation, the placement and the search.</param>
    /// <param name="workers">CP-SAT search workers (threads).</param>
    public static ScheduleResult Solve(ScheduleProblem problem, TimeSpan timeLimit, int workers = 2) =>
        Solve(problem, timeLimit, workers, relax: true);

    /// <param name="relax">
    /// False skips the placement of step 2: the search starts from first come, first served alone, as a check of the
    /// slot model on its own in tests and the benchmark. The relaxation still provides the bound.
    /// </param>
    internal static ScheduleResult Solve(ScheduleProblem problem, TimeSpan timeLimit, int workers, bool relax)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        var started = Stopwatch.GetTimestamp();
        TimeSpan Left() => timeLimit - Stopwatch.GetElapsedTime(started) - ReadBack;

        // The first native call of a process loads OR-Tools (about a second); do it now, while the clock still counts it.
        _ = new CpModel().Validate();
        var index = new EventIndex(problem);
        var baseline = FirstComeFirstServedScheduler.Book(index);
        var best = baseline;
        var plan = PairRelaxation.Solve(index);
        var bound = plan.Bound;
        var method = "first come, first served as hint";
        if (relax)
        {
            var placed = PairPlacement.Place(index, plan.Pairs);
            if (Scoring.Objective(index, placed) > Scoring.Objective(index, best)) best = placed;
            method = "flow relaxation placed in slots";
        }
        if (Reaches(index, best, bound))
            return Result(index, best, ScheduleStatus.Optimal, $"{method}; reaches the relaxation bound, so no search", started, bound);

        var slotsPerChoice = SlotsPerChoice(index, Left());
        var model = new InterviewModel(index, best, slotsPerChoice);
        method += $"; CP-SAT slot model, {model.Candidates:N0} candidates" +
            (slotsPerChoice == int.MaxValue ? "" : $" (reduced to {slotsPerChoice} slots per choice)");
        using var solver = new CpSolver { StringParameters = Parameters(Left() - TransferPerCandidate * model.Candidates, workers) };
        var status = solver.Solve(model.Model, null);
        if (status is CpSolverStatus.ModelInvalid or CpSolverStatus.Infeasible)
            // Every model built here has the empty schedule as a solution, so this is a bug, not bad input.
            throw new InvalidOperationException($"CP-SAT answered {status}: {model.Model.Validate()}");
        if (status == CpSolverStatus.Unknown)
            return Result(index, best, ScheduleStatus.TimeLimit, method + ", no solution in time", started, bound);

        var found = model.Read(solver.Response!);
        if (Scoring.Objective(index, found) > Scoring.Objective(index, best)) best = found;
        // The slot model's bound holds for the event only when no slot was left out of it.
        var exact = slotsPerChoice == int.MaxValue;
        if (exact) bound = Math.Min(bound, (long)Math.Floor(solver.BestObjectiveBound + 1e-6));
        var proven = Reaches(index, best, bound);
        return Result(index, best, proven ? ScheduleStatus.Optimal : ScheduleStatus.Feasible, method, started, bound);
    }

    internal static string Parameters(TimeSpan timeLimit, int workers)
    {
        var seconds = Math.Max(timeLimit.TotalSeconds, LeastSolverTime.TotalSeconds);
        return FormattableString.Invariant($"max_time_in_seconds:{seconds:F3} num_workers:{workers}");
    }

    /// <summary>
    /// Every slot while the model fits <see cref="CandidatesPerSecond"/>; otherwise as many per choice as fit, at least
    /// two. Only slots inside the seeker's availability count, as only those become candidates.
    /// </summary>
    private static int SlotsPerChoice(EventIndex index, TimeSpan left)
    {
        var budget = CandidatesPerSecond * Math.Max(0.5, left.TotalSeconds);
        var perChoice = index.Seekers.SelectMany(s => s.Choices.Select(c => (long)index.Booth(c.BoothId)!.Slots.Count(s.CanAttend))).Where(n => n > 0).ToArray();
        if (perChoice.Sum() <= budget) return int.MaxValue;
        return Math.Max(2, (int)(budget / Math.Max(1, perChoice.Length)));
    }

    private static bool Reaches(EventIndex index, IReadOnlyList<Interview> schedule, long bound) =>
        Scoring.Objective(index, schedule) >= bound;

    private static ScheduleResult Result(EventIndex index, IReadOnlyList<Interview> interviews, ScheduleStatus status, string method, long started,
        long bound) =>
        new(interviews, Scoring.Stats(index, interviews, status, method, Stopwatch.GetElapsedTime(started), bound));
}
