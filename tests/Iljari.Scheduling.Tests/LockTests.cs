namespace Iljari.Scheduling.Tests;

[Collection(SolverCollection.Name)]
public class LockTests
{
    [Fact]
    public void A_lock_holds_the_slot_against_an_earlier_registrant()
    {
        // One slot; seeker 1 registered first, but staff locked it for seeker 2.
        var problem = A.Problem([A.Booth(1, 0, 30, 30)], [A.Seeker(1, 1, 1), A.Seeker(2, 2, 1)], 10, new LockedInterview(2, 1, 0));

        foreach (var result in new[] { FirstComeFirstServedScheduler.Solve(problem), CpSatScheduler.Solve(problem, TimeSpan.FromSeconds(5)) })
            Assert.Equal(new Interview(2, 1, 0, 30), Assert.Single(result.Interviews));
    }

    [Fact]
    public void A_lock_is_kept_even_where_the_optimiser_would_rather_move_it()
    {
        // Without the lock the optimum gives seeker 1 booth 2 and seeker 2 booth 1 (both served). Locking seeker 1 at
        // booth 1 costs seeker 2 their only interview, and the optimiser must accept that.
        var problem = A.Problem([A.Booth(1, 0, 30, 30), A.Booth(2, 60, 90, 30)], [A.Seeker(1, 1, 1, 2), A.Seeker(2, 2, 1)], 10,
            new LockedInterview(1, 1, 0));

        var result = CpSatScheduler.Solve(problem, TimeSpan.FromSeconds(5));

        Assert.Contains(new Interview(1, 1, 0, 30), result.Interviews);
        Assert.Equal(1, result.Stats.SeekersWithZero);
        Assert.Equal(ScheduleStatus.Optimal, result.Stats.Status);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_lock_of_a_generated_event_is_in_both_schedules(bool tight)
    {
        var problem = ScheduleGenerator.Generate(15, 200, seed: 21, lockedInterviews: 25);
        if (tight) problem = A.Tight(problem);
        Assert.Equal(25, problem.Locked.Count);

        var fcfs = FirstComeFirstServedScheduler.Solve(problem);
        var optimised = CpSatScheduler.Solve(problem, TimeSpan.FromSeconds(2));

        // Kept: still a slot of the booth, and inside the seeker's (possibly squeezed) availability.
        var kept = problem.Locked.Where(l => problem.Booths.Single(b => b.BoothId == l.BoothId).Slots().Any(s => s.Start == l.StartMinute
            && (problem.Seekers.Single(r => r.SeekerId == l.SeekerId).Available ?? s).Contains(s))).ToList();
        Assert.NotEmpty(kept);
        foreach (var result in new[] { fcfs, optimised })
        {
            var booked = result.Interviews.Select(i => (i.SeekerId, i.BoothId, i.StartMinute)).ToHashSet();
            Assert.All(kept, l => Assert.Contains((l.SeekerId, l.BoothId, l.StartMinute), booked));
            Assert.DoesNotContain(ScheduleValidator.Violations(problem, result), v => v.Kind == ViolationKind.LockMissing);
        }
    }

    [Fact]
    public void Invalid_locks_are_ignored_and_counted_not_obeyed()
    {
        // Lock 1: a booth seeker 1 did not choose. Lock 2: not a slot start. Lock 3: fine. Lock 4: too close to lock 3.
        var problem = A.Problem([A.Booth(1, 0, 120, 30), A.Booth(2, 0, 120, 30)], [A.Seeker(1, 1, 1), A.Seeker(2, 2, 1, 2)], 10,
            new LockedInterview(1, 2, 0), new LockedInterview(2, 1, 15), new LockedInterview(2, 1, 30), new LockedInterview(2, 2, 60));

        var result = CpSatScheduler.Solve(problem, TimeSpan.FromSeconds(5));

        Assert.Equal(3, result.Stats.IgnoredLocks);
        Assert.Contains(new Interview(2, 1, 30, 60), result.Interviews);
        Assert.DoesNotContain(new Interview(1, 2, 0, 30), result.Interviews);
        Assert.Empty(ScheduleValidator.Violations(problem, result));
    }

    [Fact]
    public void A_held_interview_stays_where_it_no_longer_fits_and_its_time_and_interviewer_are_not_given_away()
    {
        // Seeker 1 was interviewed at booth 1, 0–30, then dropped booth 1 from their choices. Seekers 2 and 3 want booth 1
        // (one interviewer, now 20-minute slots 0, 20, 40): the held interview takes its slots 0 and 20, so only 40 is left.
        // A lock of seeker 2 at 20 clashes with it and is ignored.
        var problem = A.Problem([A.Booth(1, 0, 60, 20), A.Booth(2, 0, 120, 30)], [A.Seeker(1, 1, 2), A.Seeker(2, 2, 1), A.Seeker(3, 3, 1)], 10,
            new LockedInterview(2, 1, 20)) with { Held = [new Interview(1, 1, 0, 30)] };

        foreach (var result in new[] { FirstComeFirstServedScheduler.Solve(problem), CpSatScheduler.Solve(problem, TimeSpan.FromSeconds(5)) })
        {
            Assert.Contains(new Interview(1, 1, 0, 30), result.Interviews);
            Assert.Single(result.Interviews, i => i.BoothId == 1 && i.SeekerId != 1 && i.StartMinute == 40);
            Assert.DoesNotContain(result.Interviews, i => i.BoothId == 1 && i.SeekerId != 1 && i.StartMinute < 40);
            // Seeker 1's booth-2 interview keeps the gap after the held one.
            Assert.True(result.Interviews.Single(i => i.SeekerId == 1 && i.BoothId == 2).StartMinute >= 40);
            Assert.Equal(1, result.Stats.IgnoredLocks);
            Assert.Empty(ScheduleValidator.Violations(problem, result));
        }
    }
}
