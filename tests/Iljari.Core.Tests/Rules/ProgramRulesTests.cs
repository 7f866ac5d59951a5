using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Programs;

namespace Iljari.Core.Tests.Rules;

/// <summary>Program fields and completion percent, yearly rule versions, sessions and who may be marked present.</summary>
public class ProgramRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly DateTime Now = new(2026, 11, 26, 1, 0, 0, DateTimeKind.Utc);
    private static readonly EligibilityRule Rule2026 = new() { Year = 2026, MinAge = 19, MaxAge = 34, Audience = "청년" };

    private static JobProgramFields Fields() => new()
    {
        Kind = ProgramKind.JobClub, Title = "청년 취업반", Capacity = 20, ApplicationOpens = Today, ApplicationCloses = Today.AddDays(30),
    };

    [Fact]
    public void The_completion_percent_defaults_to_80_and_must_be_1_to_100()
    {
        Assert.Equal(80, JobProgram.Create(1, Fields(), [Rule2026], Now).CompletionPercent);
        foreach (var bad in new int?[] { 0, 101, null })
        {
            var f = Fields();
            f.CompletionPercent = bad;
            var e = Assert.Throws<ValidationFailedException>(() => JobProgram.Create(1, f, [Rule2026], Now));
            Assert.Equal(("CompletionPercent", "수료 기준 출석률은 1%에서 100% 사이로 입력해 주세요."), (e.Errors.Single().Field, e.Errors.Single().Message));
        }
        var hundred = Fields();
        hundred.CompletionPercent = 100;
        Assert.Equal(100, JobProgram.Create(1, hundred, [Rule2026], Now).CompletionPercent);
    }

    [Fact]
    public void Missing_fields_are_reported_together_in_korean()
    {
        var e = Assert.Throws<ValidationFailedException>(() => JobProgram.Check(new JobProgramFields { Title = " ", Capacity = null, CompletionPercent = 80 }));
        Assert.Equal(["Title", "Capacity", "ApplicationOpens", "ApplicationCloses"], e.Errors.Select(x => x.Field));
        Assert.Contains("프로그램명을 입력해 주세요.", e.Errors.Select(x => x.Message));
    }

    [Fact]
    public void An_edit_cannot_take_places_away_from_people_who_hold_them()
    {
        var program = JobProgram.Create(1, Fields(), [Rule2026], Now);
        var smaller = Fields();
        smaller.Capacity = 4;
        Assert.Equal("Capacity", Assert.Throws<ValidationFailedException>(() => program.Edit(smaller, placesHeld: 5)).Errors.Single().Field);
        program.Edit(smaller, placesHeld: 4);
        Assert.Equal(4, program.Capacity);
    }

    [Fact]
    public void Setting_a_years_rule_replaces_that_version_and_a_new_year_adds_one()
    {
        var program = JobProgram.Create(1, Fields(), [Rule2026], Now);
        program.SetRule(Rule2026 with { MaxAge = 39 });
        Assert.Equal(39, Assert.Single(program.Rules).MaxAge);
        program.SetRule(new EligibilityRule { Year = 2028, MinAge = 15, MaxAge = 39 });
        program.SetRule(new EligibilityRule { Year = 2027, MinAge = 18 });
        Assert.Equal([2026, 2027, 2028], program.Rules.Select(r => r.Year));
        Assert.Equal(18, Eligibility.RuleFor(program.Rules, 2027)!.MinAge);
    }

    [Fact]
    public void Rule_fields_are_checked_with_field_messages()
    {
        var e = Assert.Throws<ValidationFailedException>(() => new EligibilityRuleFields { Year = 1999, MinAge = 40, MaxAge = 30, Groups = ["youth"] }.ToRule());
        Assert.Equal(["Year", "MaxAge", "Groups"], e.Errors.Select(x => x.Field));
        Assert.Contains("최대 나이는 최소 나이보다 많아야 합니다.", e.Errors.Select(x => x.Message));
        var rule = new EligibilityRuleFields { Year = 2027, Groups = ["women", "women"], Statuses = [EmploymentStatus.Unemployed], Audience = " 경력단절여성 " }.ToRule();
        Assert.Equal((2027, 1, "경력단절여성"), (rule.Year, rule.Groups.Count, rule.Audience));
    }

    [Fact]
    public void A_session_ends_after_it_starts_and_has_a_place()
    {
        var e = Assert.Throws<ValidationFailedException>(() => ProgramSession.Create(1, new ProgramSessionFields { Date = Today, StartTime = new(14, 0), EndTime = new(14, 0), Place = "" }));
        Assert.Equal(["EndTime", "Place"], e.Errors.Select(x => x.Field));
        Assert.Equal("끝나는 시각은 시작 시각보다 늦어야 합니다.", e.Errors[0].Message);
        var s = ProgramSession.Create(1, new ProgramSessionFields { Date = Today, StartTime = new(10, 0), EndTime = new(12, 0), Place = "교육장" });
        Assert.Equal(new DateTime(2026, 11, 26, 3, 0, 0), s.EndsAtUtc); // 12:00 in Korea is 03:00 UTC
    }

    [Fact]
    public void Only_confirmed_participants_are_marked_and_never_before_the_sessions_day()
    {
        var program = JobProgram.Create(1, Fields(), [Rule2026], Now);
        var session = ProgramSession.Create(program.Id, new ProgramSessionFields { Date = Today.AddDays(1), Place = "교육장" });
        var application = ProgramApplication.Apply(program, 7, new EligibilityResult(true, "청년 대상", []), false, Today, Now);

        Assert.Equal("참여가 확정된 신청자만 출석을 기록할 수 있습니다.",
            Assert.Throws<DomainException>(() => ProgramAttendance.Record(session, application, AttendanceStatus.Present, "u", Today.AddDays(1), Now)).Message);
        application.Approve(Now);
        Assert.Throws<DomainException>(() => ProgramAttendance.Record(session, application, AttendanceStatus.Present, "u", Today, Now));
        var mark = ProgramAttendance.Record(session, application, AttendanceStatus.Late, "u", Today.AddDays(1), Now);
        Assert.False(mark.Change(AttendanceStatus.Late, "other", Now.AddMinutes(5)));
        Assert.Equal("u", mark.RecordedByUserId);
        Assert.True(mark.Change(AttendanceStatus.Present, "other", Now.AddMinutes(5)));
        Assert.Equal(("other", AttendanceStatus.Present), (mark.RecordedByUserId, mark.Status));
    }
}
