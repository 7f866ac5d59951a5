namespace Iljari.Scheduling.Tests;

/// <summary>Seekers who come only for part of the day: every scheduler books them inside their window, or not at all.</summary>
[Collection(SolverCollection.Name)]
public class AvailabilityTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);
    private static readonly TimeWindow Morning = ScheduleGenerator.Morning;
    private static readonly TimeWindow Afternoon = ScheduleGenerator.Afternoon;

    [Fact]
    public void First_come_first_served_takes_the_earliest_slot_inside_the_window()
    {
        // One booth all day, 30-minute slots; the afternoon-only seeker registered first but cannot come before 180.
        var problem = A.Problem([A.Booth(1, 0, 420, 30)], [A.Seeker(Afternoon, 1, 1, 1), A.Seeker(2, 2, 1)]);

        var result = FirstComeFirstServedScheduler.Solve(problem);

        Assert.Equal([new Interview(1, 1, 180, 210), new Interview(2, 1, 0, 30)], result.Interviews);
    }

    [Fact]
    public void An_interview_must_end_inside_the_window_not_just_start_there()
    {
        // 45-minute slots 0, 45, 90, 135, 180 …: 135–180 ends as the morning ends and is fine; 180–225 is the afternoon.
        var problem = A.Problem([A.Booth(1, 0, 420, 45)], [A.Seeker(2, 1, 1), A.Seeker(3, 2, 1), A.Seeker(4, 3, 1), A.Seeker(Morning, 1, 4, 1)]);

        foreach (var result in new[] { FirstComeFirstServedScheduler.Solve(problem), CpSatScheduler.Solve(problem, Limit) })
        {
            Assert.Contains(result.Interviews, i => i.SeekerId == 1 && i.EndMinute <= 180);
            Assert.Empty(ScheduleValidator.Violations(problem, result));
        }
    }

    [Fact]
    public void First_come_first_served_gives_an_all_day_seeker_a_morning_slot_and_so_leaves_an_afternoon_seeker_out()
    {
        // Booth 1: one slot, 0–30. Booth 2: 0–30 and, after a long break, 200–230. The all-day seeker registered first and
        // wants booth 1, then booth 2; the afternoon-only seeker wants booth 2 and can only take 200–230.
        // First come, first served books booth 1 at 0–30, so booth 2's morning slot clashes and the all-day seeker takes
        // 200–230, the afternoon seeker's only chance. The optimiser leaves booth 2's afternoon slot to the one who needs it.
        var problem = A.Problem([A.Booth(1, 0, 30, 30), A.Booth(2, 0, 230, 30, 1, new TimeWindow(30, 200))],
            [A.Seeker(1, 1, 1, 2), A.Seeker(Afternoon, 2, 2, 2)]);

        var fcfs = FirstComeFirstServedScheduler.Solve(problem);
        var optimised = CpSatScheduler.Solve(problem, A.ProofLimit);

        Assert.Equal([new Interview(1, 1, 0, 30), new Interview(1, 2, 200, 230)], fcfs.Interviews);
        Assert.Equal(1, fcfs.Stats.SeekersServed);
        Assert.Equal([new Interview(1, 1, 0, 30), new Interview(2, 2, 200, 230)], optimised.Interviews);
        Assert.Equal(2, optimised.Stats.SeekersServed);
        Assert.Equal(ScheduleStatus.Optimal, optimised.Stats.Status);
        Assert.Empty(ScheduleValidator.Violations(problem, fcfs));
        Assert.Empty(ScheduleValidator.Violations(problem, optimised));
    }

    [Fact]
    public void A_booth_with_no_slot_in_the_window_is_still_a_choice_but_never_booked()
    {
        // Booth 1 opens at 240; the morning-only seeker chose it first and booth 2 second.
        var problem = A.Problem([A.Booth(1, 240, 420, 30), A.Booth(2, 0, 420, 30)], [A.Seeker(Morning, 1, 1, 1, 2), A.Seeker(Morning, 2, 2, 1)]);

        foreach (var result in new[] { FirstComeFirstServedScheduler.Solve(problem), CpSatScheduler.Solve(problem, Limit) })
        {
            Assert.Equal([new Interview(1, 2, 0, 30)], result.Interviews);
            Assert.Equal(1, result.Stats.SeekersWithZero); // seeker 2 asked and got nothing
            Assert.Equal(0, result.Stats.FirstChoicesSatisfied);
        }
    }

    [Fact]
    public void Locks_outside_the_window_are_ignored_and_counted()
    {
        // Morning-only seeker 1: a lock at 180–210 (afternoon) and one at 165–185 (runs past 13:00) are not kept; 60–75 is.
        var problem = A.Problem([A.Booth(1, 0, 420, 30), A.Booth(2, 5, 420, 20), A.Booth(3, 0, 420, 15)], [A.Seeker(Morning, 1, 1, 1, 2, 3)], 10,
            new LockedInterview(1, 1, 180), new LockedInterview(1, 2, 165), new LockedInterview(1, 3, 60));

        foreach (var result in new[] { FirstComeFirstServedScheduler.Solve(problem), CpSatScheduler.Solve(problem, Limit) })
        {
            Assert.Equal(2, result.Stats.IgnoredLocks);
            Assert.Contains(new Interview(1, 3, 60, 75), result.Interviews);
            Assert.DoesNotContain(result.Interviews, i => i.EndMinute > 180);
            Assert.Empty(ScheduleValidator.Violations(problem, result));
        }
    }

    [Fact]
    public void The_bound_knows_that_morning_seekers_cannot_use_afternoon_places()
    {
        // Booth 1: 0–30 and 200–230, one interviewer: two places, but only one in the morning. Three morning-only seekers.
        // Counting places alone would promise two served; the bound must say one, and so prove the schedule optimal at once.
        var problem = A.Problem([A.Booth(1, 0, 230, 30, 1, new TimeWindow(30, 200))],
            [A.Seeker(Morning, 1, 1, 1), A.Seeker(Morning, 2, 2, 1), A.Seeker(Morning, 3, 3, 1)]);

        var stats = CpSatScheduler.Solve(problem, A.ProofLimit).Stats;

        Assert.Equal(1, stats.SeekersServed);
        Assert.Equal(1, stats.SeekersServedBound);
        Assert.Equal(ScheduleStatus.Optimal, stats.Status);
        Assert.Contains("no search", stats.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bound_counts_only_the_interviews_that_fit_side_by_side_in_the_window()
    {
        // Seeker available 0–60 chose three booths with slots 0–30 and 30–60; with a 10-minute gap only one fits.
        var problem = A.Problem([A.Booth(1, 0, 60, 30, 3), A.Booth(2, 0, 60, 30, 3), A.Booth(3, 0, 60, 30, 3)],
            [A.Seeker(new TimeWindow(0, 60), 1, 1, 1, 2, 3)]);

        var result = CpSatScheduler.Solve(problem, Limit);

        Assert.Equal(1, Assert.Single(result.Interviews).BoothId);
        Assert.Equal(result.Stats.Objective, (long)result.Stats.BestBound!.Value);
        Assert.Contains("no search", result.Stats.Method, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(6, 40, 1, false)]
    [InlineData(6, 40, 2, false)]
    [InlineData(5, 30, 3, true)]
    [InlineData(6, 40, 4, true)]
    public void The_relaxation_bound_is_at_least_the_true_optimum(int employers, int seekers, int seed, bool tight)
    {
        // The true optimum from the exact slot model alone (every slot, proved by CP-SAT, no relaxation involved).
        var problem = ScheduleGenerator.Generate(employers, seekers, seed, lockedInterviews: seekers / 20);
        if (tight) problem = A.Tight(problem);
        var index = new EventIndex(problem);
        var model = new InterviewModel(index, FirstComeFirstServedScheduler.Book(index));
        using var solver = new Google.OrTools.Sat.CpSolver { StringParameters = CpSatScheduler.Parameters(Limit, 2) };

        var status = solver.Solve(model.Model, null);
        var bound = PairRelaxation.Solve(index).Bound;
        A.Print($"exact optimum {solver.ObjectiveValue}, relaxation bound {bound}, {model.Candidates} candidates");

        Assert.Equal(Google.OrTools.Sat.CpSolverStatus.Optimal, status);
        var optimum = model.Read(solver.Response!);
        Assert.Empty(ScheduleValidator.Violations(problem, A.Schedule([.. optimum])));
        Assert.Equal((long)Math.Round(solver.ObjectiveValue), Scoring.Objective(index, optimum));
        Assert.True(bound >= (long)Math.Round(solver.ObjectiveValue), $"bound {bound} < optimum {solver.ObjectiveValue}");
    }
}
