using Iljari.Web.Infrastructure;
using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Postings;

namespace Iljari.Web.Pages.Employer.Postings;

/// <summary>Form binding for a posting; the rules live in <see cref="JobPostingFields.Validate"/>.</summary>
public class PostingInput
{
    public string? Title { get; set; }
    public string? OccupationCode { get; set; }
    public string? RegionCode { get; set; }
    public SalaryType SalaryType { get; set; } = SalaryType.Monthly;
    public long? SalaryMin { get; set; }
    public long? SalaryMax { get; set; }
    public EducationLevel Education { get; set; }
    public CareerRequirement Career { get; set; } = CareerRequirement.Any;
    public int? CareerYears { get; set; }
    public EmploymentType EmploymentType { get; set; }
    public int? HoursPerWeek { get; set; } = 40;
    public WorkDays WorkDays { get; set; }
    public string? Preferences { get; set; }
    public string? Certificates { get; set; }
    public string? Skills { get; set; }
    public string? Description { get; set; }
    public int? Openings { get; set; } = 1;
    public DateOnly? CloseDate { get; set; }

    public JobPostingFields ToFields() => new()
    {
        Title = Title ?? "", OccupationCode = OccupationCode ?? "", RegionCode = RegionCode ?? "",
        SalaryType = SalaryType, SalaryMin = SalaryMin ?? 0, SalaryMax = SalaryMax,
        Education = Education, Career = Career, CareerYears = CareerYears ?? 0, EmploymentType = EmploymentType,
        HoursPerWeek = HoursPerWeek ?? 0, WorkDays = WorkDays, Preferences = Preferences, Description = Description ?? "",
        Openings = Openings ?? 0, CloseDate = CloseDate ?? DateOnly.MinValue,
        Certificates = TextLists.Split(Certificates), Skills = TextLists.Split(Skills),
    };

    public static PostingInput From(JobPostingFields f) => new()
    {
        Title = f.Title, OccupationCode = f.OccupationCode, RegionCode = f.RegionCode, SalaryType = f.SalaryType,
        SalaryMin = f.SalaryMin, SalaryMax = f.SalaryMax, Education = f.Education, Career = f.Career,
        CareerYears = f.Career == CareerRequirement.Experienced ? f.CareerYears : null, EmploymentType = f.EmploymentType,
        HoursPerWeek = f.HoursPerWeek, WorkDays = f.WorkDays, Preferences = f.Preferences, Description = f.Description,
        Openings = f.Openings, CloseDate = f.CloseDate,
        Certificates = TextLists.Join(f.Certificates), Skills = TextLists.Join(f.Skills),
    };
}
