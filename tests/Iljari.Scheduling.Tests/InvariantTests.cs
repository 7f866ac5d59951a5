namespace Iljari.Scheduling.Tests;

/// <summary>
/// Whatever the event, both schedulers hand out timetables that break no rule. The generated events have mixed
/// availability (half all day, a quarter morning only, a quarter afternoon only), so the windows are exercised too.
/// </summary>
[Collection(SolverCollection.Name)]
public class InvariantTests
{
    public static TheoryData<int, int, int, bool> Events => new()
    {
        // employers, seekers, seed, squeezed into two hours (the clock binds and the slot search runs)
        { 6, 40, 1, false }, { 6, 40, 2, true }, { 10, 80, 3, false }, { 10, 80, 4, true },
        { 25, 300, 5, false }, { 25, 300, 6, true }, { 40, 600, 8, false },
    };

    [Theory]
    [MemberData(nameof(Events))]
    public void Both_schedulers_produce_zero_violations(int employers, int seekers, int seed, bool tight)
    {
        var problem = ScheduleGenerator.Generate(employers, seekers, seed, lockedInterviews: seekers / 20);
        if (tight) problem = A.Tight(problem);

        var fcfs = FirstComeFirstServedScheduler.Solve(problem);
        var optimised = CpSatScheduler.Solve(problem, TimeSpan.FromSeconds(2));
        A.Print($"FCFS   {A.Describe(fcfs.Stats)}");
        A.Print($"CP-SAT {A.Describe(optimised.Stats)}");

        Assert.Empty(ScheduleValidator.Violations(problem, fcfs));
        Assert.Empty(ScheduleValidator.Violations(problem, optimised));
        Assert.True(A.InsideAvailability(problem, fcfs));
        Assert.True(A.InsideAvailability(problem, optimised));
        Assert.True(optimised.Stats.Objective >= fcfs.Stats.Objective);
        Assert.True(optimised.Stats.SeekersServed >= fcfs.Stats.SeekersServed);
        // The reported bound, and the relaxation's on its own, are never below what was reached.
        Assert.True(optimised.Stats.BestBound >= optimised.Stats.Objective);
        Assert.True(PairRelaxation.Solve(new EventIndex(problem)).Bound >= optimised.Stats.Objective);
    }

    [Fact]
    public void Generated_events_have_seekers_with_windows_even_when_squeezed()
    {
        var problem = ScheduleGenerator.Generate(6, 40, seed: 2);

        Assert.Contains(problem.Seekers, s => s.Available == ScheduleGenerator.Morning);
        Assert.Contains(problem.Seekers, s => s.Available == ScheduleGenerator.Afternoon);
        Assert.Contains(A.Tight(problem).Seekers, s => s.Available == new TimeWindow(0, 100));
    }

    [Theory]
    [InlineData(10, 80, 3)]
    [InlineData(25, 300, 5)]
    public void The_slot_model_on_its_own_produces_zero_violations_too(int employers, int seekers, int seed)
    {
        var problem = ScheduleGenerator.Generate(employers, seekers, seed, lockedInterviews: seekers / 20);

        var alone = CpSatScheduler.Solve(problem, TimeSpan.FromSeconds(2), workers: 2, relax: false);

        Assert.Empty(ScheduleValidator.Violations(problem, alone));
    }

    [Fact]
    public void Statistics_agree_with_the_interviews()
    {
        var problem = ScheduleGenerator.Generate(10, 120, seed: 9);

        foreach (var result in new[] { FirstComeFirstServedScheduler.Solve(problem), CpSatScheduler.Solve(problem, TimeSpan.FromSeconds(1)) })
        {
            var bySeeker = result.Interviews.ToLookup(i => i.SeekerId);
            var s = result.Stats;
            Assert.Equal(result.Interviews.Count, s.Interviews);
            Assert.Equal(bySeeker.Count, s.SeekersServed);
            Assert.Equal(problem.Seekers.Count(r => r.Choices.Count > 0 && !bySeeker[r.SeekerId].Any()), s.SeekersWithZero);
            Assert.Equal(problem.Seekers.Count(r => bySeeker[r.SeekerId].Any(i => i.BoothId == r.Choices.MinBy(c => c.Rank).BoothId)), s.FirstChoicesSatisfied);
            Assert.Equal(result.Interviews.Sum(i => ObjectiveWeights.Of(problem.Seekers.Single(r => r.SeekerId == i.SeekerId).Choices.Single(c => c.BoothId == i.BoothId))),
                s.PreferenceWeight);
        }
    }
}
