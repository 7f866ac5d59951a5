using Iljari.Core.Domain.Applications;
using Iljari.Core.Domain.Incentives;

namespace Iljari.Core.Tests.Rules;

/// <summary>근속 date arithmetic for 취업성공장려금: milestones, job changes within the allowed gap, pauses and breaks.</summary>
public class ContinuityTests
{
    private static readonly ContinuityRules Rules = new(MinHoursPerWeek: 30, RequireInsurance: true, MaxGapDays: 30);
    private static readonly int[] Milestones = [6, 12];

    private static DateOnly D(int y, int m, int d) => new(y, m, d);
    private static EmploymentSpell Job(DateOnly start, DateOnly? end = null, int hours = 40, bool insured = true) => new(start, end, hours, insured);

    private static ContinuityResult Compute(DateOnly asOf, params EmploymentSpell[] jobs) =>
        Continuity.Compute(jobs, Rules, jobs[0].Start, asOf, Milestones);

    [Fact]
    public void Six_months_of_one_job_are_met_on_the_same_day_six_months_later()
    {
        var r = Compute(D(2027, 3, 1), Job(D(2026, 3, 1)));
        Assert.Equal(D(2026, 9, 1), r.ReachedOn[6]);
        Assert.Equal(D(2027, 3, 1), r.ReachedOn[12]);
        Assert.Equal(365, r.CountedDays);
        Assert.Equal(ContinuityState.Employed, r.State);
    }

    [Fact]
    public void The_day_before_the_milestone_it_is_not_yet_met()
    {
        var r = Compute(D(2026, 8, 31), Job(D(2026, 3, 1)));
        Assert.False(r.ReachedOn.ContainsKey(6));
        Assert.Equal(r.DaysNeeded(6) - 1, r.CountedDays);
    }

    [Fact]
    public void Month_ends_follow_the_calendar()
    {
        // 31 August + 6 months is 28 February (DateOnly.AddMonths clamps), so 181 days are needed.
        var r = Compute(D(2027, 3, 1), Job(D(2026, 8, 31)));
        Assert.Equal(181, r.DaysNeeded(6));
        Assert.Equal(D(2027, 2, 28), r.ReachedOn[6]);
    }

    [Theory]
    [InlineData(30, true)]  // exactly the allowed gap keeps the chain
    [InlineData(31, false)] // one day more breaks it
    public void A_job_change_keeps_continuity_only_within_the_allowed_gap(int gapDays, bool kept)
    {
        var firstEnd = D(2026, 4, 30);
        var second = firstEnd.AddDays(gapDays + 1);
        var r = Compute(D(2027, 6, 1), Job(D(2026, 3, 1), firstEnd), Job(second));
        if (kept)
        {
            Assert.Null(r.BrokenOn);
            Assert.Equal(gapDays, r.GapDays);
            // The gap does not count: the milestone moves later by exactly the gap.
            Assert.Equal(D(2026, 9, 1).AddDays(gapDays), r.ReachedOn[6]);
        }
        else
        {
            Assert.Equal(ContinuityState.Broken, r.State);
            Assert.Equal(firstEnd.AddDays(31), r.BrokenOn);
            Assert.Empty(r.ReachedOn);
        }
    }

    [Fact]
    public void A_shorter_hours_job_pauses_the_count_without_breaking_it()
    {
        // 40 days at 20 h/week between two full-time jobs, with no day without a job.
        var r = Compute(D(2027, 6, 1), Job(D(2026, 3, 1), D(2026, 4, 30)), Job(D(2026, 5, 1), D(2026, 6, 9), hours: 20), Job(D(2026, 6, 10)));
        Assert.Equal(40, r.PausedDays);
        Assert.Equal(0, r.GapDays);
        Assert.Null(r.BrokenOn);
        Assert.Equal(D(2026, 9, 1).AddDays(40), r.ReachedOn[6]);
    }

    [Fact]
    public void A_long_shorter_hours_job_is_not_a_gap()
    {
        // 100 days part-time is far beyond the 30-day gap, yet the person was never without a job.
        var r = Compute(D(2027, 6, 1), Job(D(2026, 3, 1), D(2026, 3, 31)), Job(D(2026, 4, 1), D(2026, 7, 9), hours: 15), Job(D(2026, 7, 10)));
        Assert.Null(r.BrokenOn);
        Assert.Equal(100, r.PausedDays);
    }

    [Fact]
    public void An_uninsured_job_does_not_count_when_the_rules_require_insurance()
    {
        var r = Compute(D(2026, 10, 1), Job(D(2026, 3, 1), insured: false));
        Assert.Equal(0, r.CountedDays);
        Assert.Equal(ContinuityState.Paused, r.State);
        var lenient = Continuity.Compute([Job(D(2026, 3, 1), insured: false)], Rules with { RequireInsurance = false }, D(2026, 3, 1), D(2026, 10, 1), Milestones);
        Assert.Equal(D(2026, 9, 1), lenient.ReachedOn[6]);
    }

    [Fact]
    public void Overlapping_jobs_count_each_day_once()
    {
        var r = Compute(D(2026, 9, 1), Job(D(2026, 3, 1), D(2026, 6, 30)), Job(D(2026, 6, 1)));
        Assert.Equal(D(2026, 9, 1).DayNumber - D(2026, 3, 1).DayNumber, r.CountedDays);
        Assert.Equal(D(2026, 9, 1), r.ReachedOn[6]);
    }

    [Fact]
    public void After_the_last_job_ends_the_seeker_is_between_jobs_until_the_gap_runs_out()
    {
        var within = Compute(D(2026, 5, 11), Job(D(2026, 3, 1), D(2026, 4, 30)));
        Assert.Equal(ContinuityState.BetweenJobs, within.State);
        Assert.Equal(10, within.GapDays);
        var over = Compute(D(2026, 6, 30), Job(D(2026, 3, 1), D(2026, 4, 30)));
        Assert.Equal(ContinuityState.Broken, over.State);
        Assert.Equal(D(2026, 5, 31), over.BrokenOn);
    }

    [Fact]
    public void A_milestone_already_met_stays_met_after_a_later_break()
    {
        var r = Compute(D(2027, 6, 1), Job(D(2026, 3, 1), D(2026, 10, 31)));
        Assert.Equal(D(2026, 9, 1), r.ReachedOn[6]);
        Assert.False(r.ReachedOn.ContainsKey(12));
        Assert.Equal(ContinuityState.Broken, r.State);
    }
}
