namespace Iljari.Scheduling.Tests;

/// <summary>The optimiser with the real OR-Tools solver. One collection, so solver runs do not share the two cores.</summary>
[Collection(SolverCollection.Name)]
public class CpSatSchedulerTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);


    [Fact]
    public void Nobody_is_left_with_zero_when_one_interview_each_is_possible()
    {
        // Booth 1: one slot 0–30. Booth 2: one slot 60–90. Seeker 1 registered first and chose both; seeker 2 only booth 1.
        var problem = A.Problem([A.Booth(1, 0, 30, 30), A.Booth(2, 60, 90, 30)], [A.Seeker(1, 1, 1, 2), A.Seeker(2, 2, 1)]);

        var fcfs = FirstComeFirstServedScheduler.Solve(problem);
        var optimised = CpSatScheduler.Solve(problem, A.ProofLimit);

        Assert.Equal([new Interview(1, 1, 0, 30), new Interview(1, 2, 60, 90)], fcfs.Interviews);
        Assert.Equal(1, fcfs.Stats.SeekersWithZero);
        Assert.Equal([new Interview(1, 2, 60, 90), new Interview(2, 1, 0, 30)], optimised.Interviews);
        Assert.Equal(0, optimised.Stats.SeekersWithZero);
        Assert.Equal(ScheduleStatus.Optimal, optimised.Stats.Status);
    }

    [Theory]
    [InlineData(1, SeekerAvailability.AllDay)]
    [InlineData(2, SeekerAvailability.AllDay)]
    [InlineData(3, SeekerAvailability.AllDay)]
    [InlineData(1, SeekerAvailability.Mixed)]
    [InlineData(2, SeekerAvailability.Mixed)]
    [InlineData(3, SeekerAvailability.Mixed)]
    public void On_a_small_event_the_result_is_optimal_and_never_worse_than_first_come_first_served(int seed, SeekerAvailability availability)
    {
        var problem = ScheduleGenerator.Generate(8, 60, seed, availability: availability);

        var fcfs = FirstComeFirstServedScheduler.Solve(problem).Stats;
        var optimised = CpSatScheduler.Solve(problem, A.ProofLimit).Stats;
        A.Print($"FCFS   {A.Describe(fcfs)}");
        A.Print($"CP-SAT {A.Describe(optimised)}");

        Assert.Equal(ScheduleStatus.Optimal, optimised.Status);
        Assert.Equal(0, optimised.RelativeGap);
        Assert.True(optimised.Objective >= fcfs.Objective);
        Assert.True(optimised.SeekersServed >= fcfs.SeekersServed);
        Assert.True(optimised.Interviews >= fcfs.Interviews);
        Assert.True(optimised.FirstChoicesSatisfied >= fcfs.FirstChoicesSatisfied);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public void When_the_clock_binds_the_slot_model_proves_the_same_optimum_as_the_whole_pipeline(int seed)
    {
        // Independent routes to the optimum: the slot model alone (first come, first served as hint, its own bound)
        // and the pipeline (flow bound, placement, slot search). Both must prove optimality and agree on the value.
        var problem = A.Tight(ScheduleGenerator.Generate(5, 30, seed));

        var alone = CpSatScheduler.Solve(problem, A.ProofLimit, workers: 2, relax: false).Stats;
        var pipeline = CpSatScheduler.Solve(problem, A.ProofLimit).Stats;
        A.Print($"slot model alone {A.Describe(alone)}");
        A.Print($"pipeline         {A.Describe(pipeline)}");

        Assert.Equal(ScheduleStatus.Optimal, alone.Status);
        Assert.Equal(ScheduleStatus.Optimal, pipeline.Status);
        Assert.Equal(alone.Objective, pipeline.Objective);
        Assert.Contains("CP-SAT slot model", pipeline.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void The_gap_is_reported_between_zero_and_one()
    {
        // Tight and medium-sized with a one-second limit: the search is cut short, so the gap is usually above zero.
        var problem = A.Tight(ScheduleGenerator.Generate(20, 300, seed: 7));

        var fcfs = FirstComeFirstServedScheduler.Solve(problem).Stats;
        var stats = CpSatScheduler.Solve(problem, TimeSpan.FromSeconds(1)).Stats;
        A.Print($"FCFS   {A.Describe(fcfs)}");
        A.Print($"CP-SAT {A.Describe(stats)}");
        A.Print($"relative optimality gap: {stats.RelativeGap:P4}");

        Assert.NotNull(stats.BestBound);
        Assert.InRange(stats.RelativeGap!.Value, 0, 1);
        Assert.True(stats.BestBound >= stats.Objective);
        Assert.InRange(stats.SeekersServed, 0, stats.SeekersServedBound!.Value);
        Assert.True(stats.Objective >= fcfs.Objective);
    }

    [Fact]
    public void A_time_limit_too_short_for_any_search_still_returns_at_least_first_come_first_served()
    {
        var problem = ScheduleGenerator.Generate(20, 300, seed: 4);

        var fcfs = FirstComeFirstServedScheduler.Solve(problem).Stats;
        var alone = CpSatScheduler.Solve(problem, TimeSpan.FromMilliseconds(1), workers: 2, relax: false);

        Assert.True(alone.Stats.Objective >= fcfs.Objective);
        Assert.True(alone.Stats.SeekersServed >= fcfs.SeekersServed);
        Assert.Empty(ScheduleValidator.Violations(problem, alone));
    }

    [Fact]
    public void Events_with_nothing_to_schedule_give_empty_schedules()
    {
        ScheduleProblem[] empty =
        [
            A.Problem([], []),
            A.Problem([A.Booth(1, 0, 420, 30)], []),
            A.Problem([A.Booth(1, 0, 420, 30, interviewers: 0)], [A.Seeker(1, 1, 1), A.Seeker(2, 2, 9)]),
        ];

        foreach (var problem in empty)
        {
            var result = CpSatScheduler.Solve(problem, Limit);
            Assert.Empty(result.Interviews);
            Assert.Equal(ScheduleStatus.Optimal, result.Stats.Status);
            Assert.Empty(FirstComeFirstServedScheduler.Solve(problem).Interviews);
        }
    }

    [Fact]
    public void The_served_bound_follows_from_the_objective_bound()
    {
        // Three seekers want the one slot of booth 1: only one can be served, and the bound must say so.
        var problem = A.Problem([A.Booth(1, 0, 30, 30)], [A.Seeker(1, 1, 1), A.Seeker(2, 2, 1), A.Seeker(3, 3, 1)]);

        var stats = CpSatScheduler.Solve(problem, Limit).Stats;

        Assert.Equal(1, stats.SeekersServed);
        Assert.Equal(1, stats.SeekersServedBound);
        Assert.Equal(2, stats.SeekersWithZero);
    }
}

[CollectionDefinition(Name)]
public sealed class SolverCollection
{
    public const string Name = "OR-Tools solver runs";
}
