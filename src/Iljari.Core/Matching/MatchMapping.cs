using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Postings;
using Iljari.Core.Domain.Seekers;
using Iljari.Matching;

namespace Iljari.Core.Matching;

/// <summary>
/// Turns stored seekers and postings into the engine's inputs. Only job-related fields cross this line: birth date,
/// name, contact and any eligibility flag stay behind, so the engine cannot use them (DESIGN.md §2).
/// </summary>
public static class MatchMapping
{
    /// <summary>KECO names and the 고양시 region tree from the embedded reference lists.</summary>
    public static MatchVocabulary Vocabulary { get; } = new(
        ReferenceCatalog.Instance.Occupations.All.Select(e => KeyValuePair.Create(e.Code, e.Name)),
        ReferenceCatalog.Instance.Regions.All.Select(e => new RegionEntry(e.Code, e.Name, e.Level, e.ParentCode)));

    /// <summary>The posting as the engine sees it; ids can be given for postings not saved yet (generated data).</summary>
    public static MatchPosting ToMatch(this JobPosting p, string? id = null, string? company = null) => new()
    {
        Id = id ?? Key(p.Id),
        Title = p.Title,
        Company = company ?? Key(p.CompanyId),
        OccupationCode = p.OccupationCode,
        RegionCode = p.RegionCode,
        SalaryType = p.SalaryType.ToPay(),
        MinSalary = p.SalaryMin,
        MaxSalary = p.SalaryMax,
        Education = (int)p.Education,
        Career = p.Career switch
        {
            CareerRequirement.Newcomer => CareerRule.Newcomer,
            CareerRequirement.Experienced => CareerRule.Experienced,
            _ => CareerRule.Any,
        },
        CareerYears = p.CareerYears,
        EmploymentType = p.EmploymentType.Code(),
        HoursPerWeek = p.HoursPerWeek,
        Certificates = p.Certificates,
        Skills = p.Skills,
        Description = p.Description,
    };

    /// <summary>The seeker's wishes and background; <paramref name="applied"/> and <paramref name="dismissed"/> shape the list.</summary>
    public static MatchSeeker ToMatch(this SeekerProfile s, IEnumerable<int>? applied = null, IEnumerable<(int PostingId, int CompanyId, string OccupationCode)>? dismissed = null, string? id = null) => new()
    {
        Id = id ?? Key(s.Id),
        DesiredOccupations = s.DesiredOccupations,
        Regions = s.DesiredRegions,
        DesiredSalaryType = s.DesiredSalaryType.ToPay(),
        DesiredMinSalary = s.DesiredSalary,
        Education = (int)s.Education,
        CareerYears = s.TotalCareerMonths / 12.0,
        CareerHistory = s.Careers.Select(c => new CareerItem(c.OccupationCode, c.Role ?? "", c.Months / 12.0)).ToList(),
        Certificates = s.Certificates,
        Skills = s.Skills,
        EmploymentTypes = s.EmploymentTypes.Select(t => t.Code()).ToList(),
        MaxHoursPerWeek = s.DesiredHoursPerWeek,
        Introduction = s.Introduction,
        AppliedPostingIds = (applied ?? []).Select(Key).ToList(),
        Dismissed = (dismissed ?? []).Select(d => new Dismissal(Key(d.PostingId), Key(d.CompanyId), d.OccupationCode)).ToList(),
    };

    public static string Key(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static int IdOf(string key) => int.Parse(key, System.Globalization.CultureInfo.InvariantCulture);

    private static PayPeriod ToPay(this SalaryType t) => t switch
    {
        SalaryType.Hourly => PayPeriod.Hourly,
        SalaryType.Daily => PayPeriod.Daily,
        SalaryType.Yearly => PayPeriod.Yearly,
        _ => PayPeriod.Monthly,
    };
}
