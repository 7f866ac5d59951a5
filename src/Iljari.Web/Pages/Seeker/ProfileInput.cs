using Iljari.Web.Infrastructure;
using System.Globalization;
using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Seekers;

namespace Iljari.Web.Pages.Seeker;

/// <summary>Form binding for the profile/résumé. Rules live in <see cref="SeekerProfileRules"/>.</summary>
public class ProfileInput
{
    public string? Name { get; set; }
    public int? BirthYear { get; set; }
    public int? BirthMonth { get; set; }
    public string? Phone { get; set; }
    /// <summary>Up to three choices; blanks are ignored.</summary>
    public List<string?> DesiredOccupations { get; set; } = [null, null, null];
    public List<string?> DesiredRegions { get; set; } = [null, null, null];
    public SalaryType DesiredSalaryType { get; set; } = SalaryType.Monthly;
    public long? DesiredSalary { get; set; }
    public List<EmploymentType> EmploymentTypes { get; set; } = [];
    public int? DesiredHoursPerWeek { get; set; }
    public EducationLevel Education { get; set; }
    public List<CareerInput> Careers { get; set; } = [];
    /// <summary>Comma-separated, e.g. "바리스타 2급, 컴퓨터활용능력 2급".</summary>
    public string? Certificates { get; set; }
    public string? Skills { get; set; }
    public string? Introduction { get; set; }
    public bool Discoverable { get; set; }
    public bool LivesInGoyang { get; set; } = true;
    public Core.Domain.Programs.EmploymentStatus Status { get; set; }
    public List<string> Circumstances { get; set; } = [];

    public void ApplyTo(SeekerProfile p, string email)
    {
        p.Name = Name?.Trim() ?? "";
        p.BirthYear = BirthYear ?? 0;
        p.BirthMonth = BirthMonth ?? 0;
        p.Phone = SeekerProfileRules.NormalizePhone(Phone ?? "");
        p.Email = email;
        p.DesiredOccupations = Distinct(DesiredOccupations);
        p.DesiredRegions = Distinct(DesiredRegions);
        p.DesiredSalaryType = DesiredSalaryType;
        p.DesiredSalary = DesiredSalary;
        p.EmploymentTypes = EmploymentTypes.Distinct().ToList();
        p.DesiredHoursPerWeek = DesiredHoursPerWeek;
        p.Education = Education;
        p.Careers = Careers.Where(c => !c.IsBlank).Select(c => c.ToEntry()).ToList();
        p.Certificates = TextLists.Split(Certificates).Where(c => c.Length <= 50).ToList();
        p.Skills = TextLists.Split(Skills).Where(c => c.Length <= 50).ToList();
        p.Introduction = string.IsNullOrWhiteSpace(Introduction) ? null : Introduction.Trim();
        p.Discoverable = Discoverable;
        p.LivesInGoyang = LivesInGoyang;
        p.Status = Status;
        p.Circumstances = Circumstances.Where(c => c is not null && SeekerProfile.DeclarableGroups.Contains(c)).Distinct().ToList();
    }

    public static ProfileInput From(SeekerProfile p) => new()
    {
        Name = p.Name, BirthYear = p.BirthYear, BirthMonth = p.BirthMonth, Phone = p.Phone,
        DesiredOccupations = Pad(p.DesiredOccupations), DesiredRegions = Pad(p.DesiredRegions),
        DesiredSalaryType = p.DesiredSalaryType, DesiredSalary = p.DesiredSalary, EmploymentTypes = p.EmploymentTypes.ToList(),
        DesiredHoursPerWeek = p.DesiredHoursPerWeek, Education = p.Education,
        Careers = p.Careers.Select(CareerInput.From).ToList(),
        Certificates = TextLists.Join(p.Certificates), Skills = TextLists.Join(p.Skills),
        Introduction = p.Introduction, Discoverable = p.Discoverable,
        LivesInGoyang = p.LivesInGoyang, Status = p.Status, Circumstances = [.. p.Circumstances],
    };

    private static List<string> Distinct(IEnumerable<string?> values) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).Distinct().ToList();

    private static List<string?> Pad(List<string> values) =>
        values.Cast<string?>().Concat(Enumerable.Repeat<string?>(null, Math.Max(0, 3 - values.Count))).ToList();
}

/// <summary>One career row; months come from &lt;input type="month"&gt; as "2024-03".</summary>
public class CareerInput
{
    public string? CompanyName { get; set; }
    public string? OccupationCode { get; set; }
    public string? Role { get; set; }
    public string? Start { get; set; }
    public string? End { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(CompanyName) && string.IsNullOrWhiteSpace(OccupationCode) && string.IsNullOrWhiteSpace(Start);

    public static bool TryMonth(string? text, out DateOnly month) =>
        DateOnly.TryParseExact((text ?? "") + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out month);

    public CareerEntry ToEntry() => new()
    {
        CompanyName = CompanyName?.Trim() ?? "", OccupationCode = OccupationCode ?? "", Role = Role?.Trim(),
        Start = TryMonth(Start, out var s) ? s : DateOnly.MaxValue,
        End = TryMonth(End, out var e) ? e : null,
    };

    public static CareerInput From(CareerEntry c) => new()
    {
        CompanyName = c.CompanyName, OccupationCode = c.OccupationCode, Role = c.Role,
        Start = c.Start.ToString("yyyy-MM", CultureInfo.InvariantCulture), End = c.End?.ToString("yyyy-MM", CultureInfo.InvariantCulture),
    };
}
