using Iljari.Core.Domain.Applications;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Programs;

namespace Iljari.Core.Tests.Rules;

/// <summary>사후관리 at 3, 6 and 12 months: due dates, status from placements, and a counselor's record winning.</summary>
public class FollowUpRulesTests
{
    private static readonly DateOnly ProgramStart = new(2026, 1, 5);
    private static readonly DateOnly CompletedOn = new(2026, 2, 27);

    private static FollowUpView At(int months, DateOnly today, FollowUpOutcome? recorded = null, params EmploymentSpell[] jobs) =>
        FollowUps.At(months, CompletedOn, ProgramStart, recorded, jobs, today);

    [Fact]
    public void Milestones_fall_due_n_calendar_months_after_completion()
    {
        Assert.Equal(new DateOnly(2026, 5, 27), FollowUps.DueOn(CompletedOn, 3));
        Assert.Equal(new DateOnly(2026, 8, 27), FollowUps.DueOn(CompletedOn, 6));
        Assert.Equal(new DateOnly(2027, 2, 27), FollowUps.DueOn(CompletedOn, 12));
        // The 31st has no twin in a shorter month: the last day of that month.
        Assert.Equal(new DateOnly(2026, 4, 30), FollowUps.DueOn(new DateOnly(2026, 1, 31), 3));
    }

    [Fact]
    public void A_milestone_not_yet_due_is_not_counted_even_with_a_job()
    {
        var view = At(3, new DateOnly(2026, 5, 26), null, new EmploymentSpell(new DateOnly(2026, 3, 2), null));
        Assert.Equal(FollowUpState.NotDue, view.State);
        Assert.False(view.Known);
        Assert.Equal(FollowUpState.EmployedByPlacement, At(3, new DateOnly(2026, 5, 27), null, new EmploymentSpell(new DateOnly(2026, 3, 2), null)).State);
    }

    [Fact]
    public void A_job_started_after_the_program_began_and_by_the_due_date_counts_as_employed()
    {
        var today = new DateOnly(2026, 12, 1);
        // Started on the program's first day and on the due date itself: both count.
        Assert.True(At(3, today, null, new EmploymentSpell(ProgramStart, null)).Employed);
        Assert.True(At(3, today, null, new EmploymentSpell(new DateOnly(2026, 5, 27), null)).Employed);
        // Held since before the program: not its result.
        Assert.Equal(FollowUpState.Missing, At(3, today, null, new EmploymentSpell(ProgramStart.AddDays(-1), null)).State);
        // Started after the 3-month date: missing at 3 months, employed at 6.
        var late = new EmploymentSpell(new DateOnly(2026, 6, 15), null);
        Assert.Equal(FollowUpState.Missing, At(3, today, null, late).State);
        Assert.Equal(FollowUpState.EmployedByPlacement, At(6, today, null, late).State);
    }

    [Fact]
    public void A_job_that_ended_before_the_due_date_does_not_count()
    {
        var spell = new EmploymentSpell(new DateOnly(2026, 3, 2), new DateOnly(2026, 7, 31));
        var today = new DateOnly(2026, 12, 1);
        Assert.True(At(3, today, null, spell).Employed);
        Assert.Equal(FollowUpState.Missing, At(6, today, null, spell).State);
    }

    [Fact]
    public void A_counselors_record_wins_over_the_placement_records()
    {
        var view = At(3, new DateOnly(2026, 12, 1), FollowUpOutcome.NotEmployed, new EmploymentSpell(new DateOnly(2026, 3, 2), null));
        Assert.Equal((FollowUpState.Recorded, FollowUpOutcome.NotEmployed, true, false), (view.State, view.Outcome, view.Known, view.Employed));
        Assert.Equal("미취업", view.Label());
    }

    [Fact]
    public void A_follow_up_is_recorded_only_at_a_milestone_that_is_due()
    {
        var due = FollowUps.DueOn(CompletedOn, 6);
        var early = Assert.Throws<ValidationFailedException>(() =>
            ProgramFollowUp.Record(1, 6, due, FollowUpOutcome.Employed, null, "u", due.AddDays(-1), DateTime.UtcNow));
        Assert.Equal("6개월 사후관리는 2026. 8. 27.부터 기록할 수 있습니다.", early.Errors.Single().Message);
        Assert.Equal("Months", Assert.Throws<ValidationFailedException>(() =>
            ProgramFollowUp.Record(1, 4, due, FollowUpOutcome.Employed, null, "u", due, DateTime.UtcNow)).Errors.Single().Field);
        var ok = ProgramFollowUp.Record(1, 6, due, FollowUpOutcome.EducationOrTraining, "  대학원 진학 ", "u", due, DateTime.UtcNow);
        Assert.Equal((FollowUpOutcome.EducationOrTraining, "대학원 진학"), (ok.Outcome, ok.Note));
        Assert.Throws<ValidationFailedException>(() => ok.Change(FollowUpOutcome.Employed, new string('가', 501), "u", DateTime.UtcNow));
    }
}
