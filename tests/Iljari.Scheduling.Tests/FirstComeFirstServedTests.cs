namespace Iljari.Scheduling.Tests;

public class FirstComeFirstServedTests
{
    [Fact]
    public void The_earlier_registrant_gets_the_only_slot_whatever_the_list_order()
    {
        // Booth 1 has one 30-minute slot and one interviewer; seeker 20 registered first but is listed second.
        var problem = A.Problem([A.Booth(1, 0, 30, 30)], [A.Seeker(10, 2, 1), A.Seeker(20, 1, 1)]);

        var result = FirstComeFirstServedScheduler.Solve(problem);

        Assert.Equal(new Interview(20, 1, 0, 30), Assert.Single(result.Interviews));
        Assert.Equal(1, result.Stats.SeekersWithZero);
        Assert.Equal(ScheduleStatus.Baseline, result.Stats.Status);
    }

    [Fact]
    public void Each_choice_takes_the_earliest_slot_that_keeps_the_gap()
    {
        // Booth 1 from 0, booth 2 has 20-minute slots; after 0–30 at booth 1 the seeker needs until 40, so 40–60.
        var problem = A.Problem([A.Booth(1, 0, 120, 30), A.Booth(2, 0, 120, 20)], [A.Seeker(1, 1, 1, 2)]);

        var result = FirstComeFirstServedScheduler.Solve(problem);

        Assert.Equal([new Interview(1, 1, 0, 30), new Interview(1, 2, 40, 60)], result.Interviews);
    }

    [Fact]
    public void A_choice_with_no_fitting_slot_is_skipped_not_forced()
    {
        // Both booths have one slot at the same time: the first choice wins, the second is skipped.
        var problem = A.Problem([A.Booth(1, 0, 30, 30), A.Booth(2, 0, 30, 30)], [A.Seeker(1, 1, 2, 1)]);

        var result = FirstComeFirstServedScheduler.Solve(problem);

        Assert.Equal(new Interview(1, 2, 0, 30), Assert.Single(result.Interviews));
        Assert.Equal(1, result.Stats.FirstChoicesSatisfied);
    }

    [Fact]
    public void Same_event_same_schedule_even_with_seekers_listed_in_another_order()
    {
        var problem = ScheduleGenerator.Generate(12, 150, seed: 5);
        var shuffled = problem with { Seekers = [.. problem.Seekers.Reverse()] };

        var first = FirstComeFirstServedScheduler.Solve(problem);

        Assert.Equal(first.Interviews, FirstComeFirstServedScheduler.Solve(problem).Interviews);
        Assert.Equal(first.Interviews, FirstComeFirstServedScheduler.Solve(shuffled).Interviews);
    }

    [Fact]
    public void Late_registrants_are_the_ones_left_without_an_interview()
    {
        var problem = ScheduleGenerator.Generate(10, 400, seed: 3);
        var result = FirstComeFirstServedScheduler.Solve(problem);
        var served = result.Interviews.Select(i => i.SeekerId).ToHashSet();
        var order = problem.Seekers.OrderBy(s => s.RegistrationOrder).ToArray();

        double ZeroShare(IEnumerable<SeekerRequest> seekers) => seekers.Average(s => served.Contains(s.SeekerId) ? 0.0 : 1.0);

        // The baseline's unfairness is the reason for the optimiser: the last quarter fares worse than the first.
        Assert.True(ZeroShare(order.Take(100)) < ZeroShare(order.TakeLast(100)));
    }
}
