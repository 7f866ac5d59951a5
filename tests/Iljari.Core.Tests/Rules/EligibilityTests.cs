using Iljari.Core.Domain.Programs;

namespace Iljari.Core.Tests.Rules;

/// <summary>Program eligibility as data: every boundary, including the day a person turns 35.</summary>
public class EligibilityTests
{
    private static readonly EligibilityRule Youth = new() { Year = 2026, MinAge = 19, MaxAge = 34, GoyangResidentsOnly = true, Audience = "청년" };

    private static SeekerFacts Born(int year, int month, bool goyang = true, EmploymentStatus status = EmploymentStatus.Unemployed, params string[] groups) =>
        new(year, month, groups, goyang, status);

    [Theory]
    [InlineData(2026, 2, 28, 34)] // born March 1991: still 34 the day before March
    [InlineData(2026, 3, 1, 35)]  // turns 35 on the first day of the birth month
    [InlineData(2026, 12, 31, 35)]
    [InlineData(2027, 2, 28, 35)]
    [InlineData(2027, 3, 1, 36)]
    public void Age_counts_from_the_first_day_of_the_birth_month(int y, int m, int d, int expected) =>
        Assert.Equal(expected, Eligibility.AgeOn(1991, 3, new DateOnly(y, m, d)));

    [Fact]
    public void A_youth_programme_ends_the_day_the_seeker_turns_35()
    {
        var seeker = Born(1991, 3);
        var before = Eligibility.Check(Youth, seeker, new DateOnly(2026, 2, 28));
        Assert.True(before.Eligible);
        Assert.Equal("만 34세 청년 대상 (고양시 거주)", before.Reason);
        var after = Eligibility.Check(Youth, seeker, new DateOnly(2026, 3, 1));
        Assert.False(after.Eligible);
        Assert.Equal("만 34세 이하가 대상입니다 (현재 만 35세).", after.Reason);
    }

    [Fact]
    public void The_lower_age_bound_starts_on_the_birthday_month()
    {
        var seeker = Born(2007, 6);
        Assert.False(Eligibility.Check(Youth, seeker, new DateOnly(2026, 5, 31)).Eligible);
        Assert.Equal("만 19세 청년 대상 (고양시 거주)", Eligibility.Check(Youth, seeker, new DateOnly(2026, 6, 1)).Reason);
    }

    [Fact]
    public void Every_unmet_condition_is_listed_in_korean()
    {
        var rule = new EligibilityRule { Year = 2026, MinAge = 40, GoyangResidentsOnly = true, Groups = ["women"], Statuses = [EmploymentStatus.Unemployed] };
        var result = Eligibility.Check(rule, Born(1990, 1, goyang: false, status: EmploymentStatus.Employed), new DateOnly(2026, 11, 26));
        Assert.False(result.Eligible);
        Assert.Equal(["만 40세 이상이 대상입니다 (현재 만 36세).", "경력단절여성 대상입니다.", "고양시에 사는 분만 신청할 수 있습니다.", "구직 중인 분이 대상입니다."], result.Unmet);
    }

    [Fact]
    public void A_group_rule_accepts_any_listed_group_and_names_it()
    {
        var rule = new EligibilityRule { Year = 2026, Groups = ["disabled", "lowincome"] };
        var ok = Eligibility.Check(rule, Born(1970, 5, groups: "lowincome"), new DateOnly(2026, 11, 26));
        Assert.Equal((true, "저소득 대상"), (ok.Eligible, ok.Reason));
        Assert.False(Eligibility.Check(rule, Born(1970, 5, groups: "youth"), new DateOnly(2026, 11, 26)).Eligible);
        Assert.Equal("누구나 신청 가능", Eligibility.Check(new EligibilityRule { Year = 2026 }, Born(1970, 5), new DateOnly(2026, 11, 26)).Reason);
    }

    [Fact]
    public void The_rule_in_force_is_the_latest_version_at_or_before_the_year()
    {
        EligibilityRule[] versions = [Youth, Youth with { Year = 2028, MaxAge = 39 }];
        Assert.Null(Eligibility.RuleFor(versions, 2025));
        Assert.Equal(34, Eligibility.RuleFor(versions, 2026)!.MaxAge);
        Assert.Equal(34, Eligibility.RuleFor(versions, 2027)!.MaxAge);
        Assert.Equal(39, Eligibility.RuleFor(versions, 2029)!.MaxAge);
        // Born March 1991: out of the 2026 youth rule in March 2026, back in under the 2028 rule (up to 39).
        Assert.True(Eligibility.Check(Eligibility.RuleFor(versions, 2028)!, Born(1991, 3), new DateOnly(2028, 6, 1)).Eligible);
    }
}
