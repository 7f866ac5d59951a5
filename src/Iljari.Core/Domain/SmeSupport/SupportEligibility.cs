using Iljari.Core.Domain.Accounts;

namespace Iljari.Core.Domain.SmeSupport;

/// <summary>What the eligibility check needs to know about a company. <see cref="FoundedOn"/> comes from the application form (the company record has no 설립일).</summary>
public sealed record CompanyFacts(string IndustrySection, string IndustryName, CompanySize Size, string RegionCode, DateOnly? FoundedOn);

public sealed record SupportVerdict(bool Eligible, IReadOnlyList<string> Unmet);

/// <summary>신청 자격: a pure check of a company against a call's rules, every unmet rule as a Korean sentence.</summary>
public static class SupportEligibility
{
    /// <summary>Region codes of 고양시 and its 구·동 start with its 시군구 code.</summary>
    public const string GoyangRegionPrefix = "4128";

    public static SupportVerdict Check(SupportEligibilityRules rules, CompanyFacts company, DateOnly today)
    {
        var unmet = new List<string>();
        if (rules.IndustrySections.Count > 0 && !rules.IndustrySections.Contains(company.IndustrySection))
            unmet.Add($"업종({(company.IndustryName.Length > 0 ? company.IndustryName : "미등록")})이 지원 대상 업종이 아닙니다.");
        if (rules.Sizes.Count > 0 && !rules.Sizes.Contains(company.Size))
            unmet.Add($"기업 규모({company.Size.Label()})가 지원 대상({string.Join("·", rules.Sizes.Select(s => s.Label()))})이 아닙니다.");
        if (rules.GoyangOnly && !company.RegionCode.StartsWith(GoyangRegionPrefix, StringComparison.Ordinal))
            unmet.Add("고양시에 있는 기업만 신청할 수 있습니다.");
        if (rules.NeedsFoundingDate)
        {
            if (company.FoundedOn is not { } founded) unmet.Add("업력을 확인하려면 설립일을 입력해 주세요.");
            else if (founded > today) unmet.Add("설립일이 오늘보다 늦습니다.");
            else
            {
                if (rules.MinYears is { } min && today < founded.AddYears(min))
                    unmet.Add($"업력 {min}년 이상 기업만 신청할 수 있습니다 (현재 업력 {YearsInBusiness(founded, today)}년).");
                if (rules.MaxYears is { } max && today >= founded.AddYears(max))
                    unmet.Add($"창업 {max}년 이내 기업만 신청할 수 있습니다 (현재 업력 {YearsInBusiness(founded, today)}년).");
            }
        }
        return new SupportVerdict(unmet.Count == 0, unmet);
    }

    /// <summary>Completed years since founding, counted like an age (the anniversary day completes the year).</summary>
    public static int YearsInBusiness(DateOnly founded, DateOnly today)
    {
        var years = today.Year - founded.Year;
        return founded.AddYears(years) > today ? years - 1 : years;
    }

    /// <summary>Rules as one line for lists and the public page.</summary>
    public static string Describe(SupportEligibilityRules rules, Func<string, string> sectionName)
    {
        var parts = new List<string>();
        parts.Add(rules.IndustrySections.Count == 0 ? "전 업종" : string.Join("·", rules.IndustrySections.Select(sectionName)));
        parts.Add(rules.Sizes.Count == 0 ? "규모 제한 없음" : string.Join("·", rules.Sizes.Select(s => s.Label())));
        if (rules.GoyangOnly) parts.Add("고양시 소재");
        if (rules.MinYears is { } min) parts.Add($"업력 {min}년 이상");
        if (rules.MaxYears is { } max) parts.Add($"창업 {max}년 이내");
        return string.Join(", ", parts);
    }
}
