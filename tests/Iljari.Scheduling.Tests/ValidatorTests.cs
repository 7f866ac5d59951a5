namespace Iljari.Scheduling.Tests;

/// <summary>Each rule, broken once on purpose, must be reported under its own kind, and nothing else.</summary>
public class ValidatorTests
{
    // Booth 1: 30-minute slots 0, 30, 90 (break 60–90), one interviewer. Booth 2: 20-minute slots 0 … 100, two interviewers.
    // Seeker 4 is there only for the first 50 minutes.
    private static readonly ScheduleProblem Event = A.Problem(
        [A.Booth(1, 0, 120, 30, 1, new TimeWindow(60, 90)), A.Booth(2, 0, 120, 20, 2)],
        [A.Seeker(1, 1, 1, 2), A.Seeker(2, 2, 1), A.Seeker(3, 3, 2), A.Seeker(new TimeWindow(0, 50), 4, 4, 2)]);

    [Fact]
    public void A_valid_schedule_has_no_violations()
    {
        var schedule = A.Schedule(new Interview(1, 1, 0, 30), new Interview(1, 2, 40, 60), new Interview(2, 1, 30, 60), new Interview(3, 2, 40, 60),
            new Interview(4, 2, 20, 40));

        Assert.Empty(ScheduleValidator.Violations(Event, schedule));
    }

    [Fact]
    public void Overlapping_interviews_of_one_seeker() =>
        AssertOnly(ViolationKind.SeekerTooClose, new Interview(1, 1, 0, 30), new Interview(1, 2, 20, 40));

    [Fact]
    public void Interviews_closer_than_the_gap() =>
        AssertOnly(ViolationKind.SeekerTooClose, new Interview(1, 1, 30, 60), new Interview(1, 2, 60, 80));

    [Fact]
    public void More_interviews_in_a_slot_than_interviewers() =>
        AssertOnly(ViolationKind.BoothOverbooked, new Interview(1, 1, 0, 30), new Interview(2, 1, 0, 30));

    [Fact]
    public void Outside_the_booth_hours() =>
        AssertOnly(ViolationKind.OutsideHours, new Interview(3, 2, 120, 140));

    [Fact]
    public void Inside_a_break() =>
        AssertOnly(ViolationKind.InBreak, new Interview(2, 1, 60, 90));

    [Fact]
    public void Off_the_slot_grid_or_the_wrong_length()
    {
        AssertOnly(ViolationKind.OffSlotBoundary, new Interview(3, 2, 10, 30));
        AssertOnly(ViolationKind.OffSlotBoundary, new Interview(3, 2, 0, 30));
    }

    [Fact]
    public void Outside_the_seekers_availability()
    {
        AssertOnly(ViolationKind.OutsideAvailability, new Interview(4, 2, 60, 80));
        AssertOnly(ViolationKind.OutsideAvailability, new Interview(4, 2, 40, 60)); // starts inside, ends after the seeker left
    }

    [Fact]
    public void A_booth_the_seeker_did_not_choose() =>
        AssertOnly(ViolationKind.NotChosen, new Interview(2, 2, 0, 20));

    [Fact]
    public void Twice_at_one_booth() =>
        AssertOnly(ViolationKind.DuplicateBooth, new Interview(1, 2, 0, 20), new Interview(1, 2, 60, 80));

    [Fact]
    public void A_seeker_or_booth_that_does_not_exist()
    {
        AssertOnly(ViolationKind.UnknownSeekerOrBooth, new Interview(99, 1, 0, 30));
        AssertOnly(ViolationKind.UnknownSeekerOrBooth, new Interview(1, 7, 0, 30));
    }

    [Fact]
    public void A_missing_locked_interview()
    {
        var locked = Event with { Locked = [new LockedInterview(3, 2, 40)] };

        var violations = ScheduleValidator.Violations(locked, A.Schedule(new Interview(3, 2, 60, 80)));

        Assert.Equal(ViolationKind.LockMissing, Assert.Single(violations).Kind);
        Assert.Contains("seeker 3", violations[0].Message, StringComparison.Ordinal);
        Assert.Empty(ScheduleValidator.Violations(locked, A.Schedule(new Interview(3, 2, 40, 60))));
    }

    [Fact]
    public void A_lock_that_is_no_longer_valid_is_not_required()
    {
        // Seeker 2 did not choose booth 2, and 45 is no slot of booth 1: staff cannot lock either.
        var stale = Event with { Locked = [new LockedInterview(2, 2, 0), new LockedInterview(2, 1, 45)] };

        Assert.Empty(ScheduleValidator.Violations(stale, A.Schedule()));
        Assert.Equal(2, FirstComeFirstServedScheduler.Solve(stale).Stats.IgnoredLocks);
    }

    [Fact]
    public void A_held_interview_is_not_judged_but_must_be_there_and_counts_for_the_seeker_and_the_booth()
    {
        // Held off booth 1's grid (25–55) by seeker 3, who never chose booth 1.
        var held = Event with { Held = [new Interview(3, 1, 25, 55)] };

        Assert.Empty(ScheduleValidator.Violations(held, A.Schedule(new Interview(3, 1, 25, 55), new Interview(3, 2, 80, 100))));
        Assert.Equal(ViolationKind.LockMissing, Assert.Single(ScheduleValidator.Violations(held, A.Schedule())).Kind);
        Assert.Equal(ViolationKind.SeekerTooClose,
            Assert.Single(ScheduleValidator.Violations(held, A.Schedule(new Interview(3, 1, 25, 55), new Interview(3, 2, 60, 80)))).Kind);
        Assert.Equal(ViolationKind.BoothOverbooked,
            Assert.Single(ScheduleValidator.Violations(held, A.Schedule(new Interview(3, 1, 25, 55), new Interview(2, 1, 30, 60)))).Kind);
    }

    private static void AssertOnly(ViolationKind kind, params Interview[] interviews)
    {
        var violations = ScheduleValidator.Violations(Event, A.Schedule(interviews));

        Assert.NotEmpty(violations);
        Assert.All(violations, v => Assert.Equal(kind, v.Kind));
        Assert.All(violations, v => Assert.False(string.IsNullOrWhiteSpace(v.Message)));
    }
}
