using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Seekers;

namespace Iljari.Core.Domain.Programs;

/// <summary>One year's eligibility rule as staff enter it; <see cref="ToRule"/> checks it and gives every message at once.</summary>
public sealed class EligibilityRuleFields
{
    public int? Year { get; set; }
    public int? MinAge { get; set; }
    public int? MaxAge { get; set; }
    public List<string> Groups { get; set; } = [];
    public bool GoyangResidentsOnly { get; set; }
    public List<EmploymentStatus> Statuses { get; set; } = [];
    /// <summary>Who it is for in a few words, e.g. "청년"; shown in the reason a seeker reads.</summary>
    public string? Audience { get; set; }

    /// <summary>
    /// Groups a rule may ask for: the circumstances seekers declare on their profile. Age groups (청년, 중장년, 노인) are
    /// asked for with the age range instead, because no profile declares them.
    /// </summary>
    public static IReadOnlyList<string> RuleGroups => SeekerProfile.DeclarableGroups;

    public static EligibilityRuleFields From(EligibilityRule r) => new()
    {
        Year = r.Year, MinAge = r.MinAge, MaxAge = r.MaxAge, Groups = [.. r.Groups], GoyangResidentsOnly = r.GoyangResidentsOnly,
        Statuses = [.. r.Statuses], Audience = r.Audience,
    };

    public EligibilityRule ToRule()
    {
        var errors = new List<FieldError>();
        if (Year is not (>= 2000 and <= 2100)) errors.Add(new("Year", "적용 연도를 2000년에서 2100년 사이로 입력해 주세요."));
        if (MinAge is < 0 or > 120) errors.Add(new("MinAge", "최소 나이는 0세에서 120세 사이로 입력해 주세요."));
        if (MaxAge is < 0 or > 120) errors.Add(new("MaxAge", "최대 나이는 0세에서 120세 사이로 입력해 주세요."));
        else if (MinAge is { } min && MaxAge is { } max && min > max) errors.Add(new("MaxAge", "최대 나이는 최소 나이보다 많아야 합니다."));
        if (Groups.Any(g => !RuleGroups.Contains(g))) errors.Add(new("Groups", "알 수 없는 지원 대상이 있습니다."));
        if (Statuses.Any(s => !Enum.IsDefined(s))) errors.Add(new("Statuses", "알 수 없는 구직 상태가 있습니다."));
        var audience = Audience?.Trim() ?? "";
        if (audience.Length > 30) errors.Add(new("Audience", "대상 이름은 30자 이내로 입력해 주세요."));
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        return new EligibilityRule
        {
            Year = Year!.Value, MinAge = MinAge, MaxAge = MaxAge, Groups = Groups.Distinct().ToList(), GoyangResidentsOnly = GoyangResidentsOnly,
            Statuses = Statuses.Distinct().ToList(), Audience = audience,
        };
    }
}
