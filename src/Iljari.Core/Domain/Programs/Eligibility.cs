using Iljari.Core.Domain.Board;

namespace Iljari.Core.Domain.Programs;

/// <summary>구직 상태, one of a program's eligibility conditions.</summary>
public enum EmploymentStatus { Unemployed, Employed, Student }

/// <summary>
/// One year's eligibility rule of a program, as data (stored with the program, versioned by <see cref="Year"/>): age
/// range in 만 나이 (inclusive), target groups (any of; empty = anyone), Goyang residence, employment status (any of).
/// </summary>
public sealed record EligibilityRule
{
    public int Year { get; init; }
    public int? MinAge { get; init; }
    public int? MaxAge { get; init; }
    public IReadOnlyList<string> Groups { get; init; } = [];
    public bool GoyangResidentsOnly { get; init; }
    public IReadOnlyList<EmploymentStatus> Statuses { get; init; } = [];
    /// <summary>Who it is for, in a few words ("청년", "중장년"), used in the reason shown to seekers.</summary>
    public string Audience { get; init; } = "";
}

/// <summary>What the rule needs to know about a seeker. Birth day is never collected, only year and month.</summary>
public sealed record SeekerFacts(int BirthYear, int BirthMonth, IReadOnlyCollection<string> Groups, bool LivesInGoyang, EmploymentStatus Status);

/// <summary>The verdict with its reason in Korean: why the seeker fits, or every condition they miss.</summary>
public sealed record EligibilityResult(bool Eligible, string Reason, IReadOnlyList<string> Unmet);

public static class Eligibility
{
    /// <summary>
    /// 만 나이 on <paramref name="date"/>. Only the birth month is known, so the birthday is taken as the first day of
    /// that month: a person born in March 1991 turns 35 on 2026-03-01.
    /// </summary>
    public static int AgeOn(int birthYear, int birthMonth, DateOnly date) =>
        date.Year - birthYear - (date < new DateOnly(date.Year, birthMonth, 1) ? 1 : 0);

    /// <summary>The rule in force for <paramref name="year"/>: the latest version at or before it, or null.</summary>
    public static EligibilityRule? RuleFor(IEnumerable<EligibilityRule> rules, int year) =>
        rules.Where(r => r.Year <= year).MaxBy(r => r.Year);

    public static EligibilityResult Check(EligibilityRule rule, SeekerFacts s, DateOnly onDate)
    {
        var age = AgeOn(s.BirthYear, s.BirthMonth, onDate);
        var unmet = new List<string>();
        if (rule.MinAge is { } min && age < min) unmet.Add($"만 {min}세 이상이 대상입니다 (현재 만 {age}세).");
        if (rule.MaxAge is { } max && age > max) unmet.Add($"만 {max}세 이하가 대상입니다 (현재 만 {age}세).");
        var matchedGroups = rule.Groups.Where(s.Groups.Contains).ToList();
        if (rule.Groups.Count > 0 && matchedGroups.Count == 0)
            unmet.Add($"{string.Join("·", rule.Groups.Select(TargetGroups.Label))} 대상입니다.");
        if (rule.GoyangResidentsOnly && !s.LivesInGoyang) unmet.Add("고양시에 사는 분만 신청할 수 있습니다.");
        if (rule.Statuses.Count > 0 && !rule.Statuses.Contains(s.Status))
            unmet.Add($"{string.Join("·", rule.Statuses.Select(Label))}인 분이 대상입니다.");
        if (unmet.Count > 0) return new EligibilityResult(false, unmet[0], unmet);

        // "만 29세 청년 대상": the age when the rule has an age range, then who it is for.
        var audience = rule.Audience.Length > 0 ? rule.Audience : string.Join("·", matchedGroups.Select(TargetGroups.Label));
        var agePart = rule.MinAge is not null || rule.MaxAge is not null ? $"만 {age}세 " : "";
        var reason = audience.Length > 0 ? $"{agePart}{audience} 대상" : $"{agePart}누구나 신청 가능".Trim();
        if (rule.GoyangResidentsOnly) reason += " (고양시 거주)";
        return new EligibilityResult(true, reason, []);
    }

    public static string Label(this EmploymentStatus s) => s switch
    {
        EmploymentStatus.Unemployed => "구직 중",
        EmploymentStatus.Employed => "재직 중",
        _ => "재학 중",
    };
}
