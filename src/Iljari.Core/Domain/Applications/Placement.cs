using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Postings;

namespace Iljari.Core.Domain.Applications;

/// <summary>
/// 취업 기록: the job an application ended in — start date, hours a week and pay. The incentive (취업성공장려금)
/// and the dashboard's placement counts read these rows.
/// </summary>
public class Placement
{
    public int Id { get; private set; }
    public int JobApplicationId { get; private set; }
    public int SeekerProfileId { get; private set; }
    public int CompanyId { get; private set; }
    public int JobPostingId { get; private set; }
    public DateOnly StartDate { get; private set; }
    public int HoursPerWeek { get; private set; }
    public SalaryType SalaryType { get; private set; }
    public long Salary { get; private set; }
    public string RecordedByUserId { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }

    private Placement() { }

    /// <summary>Records the placement of a hired application, with Korean messages for impossible values.</summary>
    public static Placement Record(JobApplication application, DateOnly startDate, int hoursPerWeek, SalaryType salaryType, long salary, string userId, DateTime nowUtc)
    {
        if (application.Status != ApplicationStatus.Hired) throw new DomainException("채용된 지원에만 취업 기록을 남길 수 있습니다.");
        var errors = new List<FieldError>();
        var today = DateOnly.FromDateTime(KoreanFormat.ToKst(nowUtc));
        if (startDate < today.AddYears(-1) || startDate > today.AddYears(1)) errors.Add(new FieldError("StartDate", "입사일은 1년 전부터 1년 후 사이로 입력해 주세요."));
        if (hoursPerWeek is < 1 or > 52) errors.Add(new FieldError("HoursPerWeek", "주 근로시간은 1~52시간 사이로 입력해 주세요."));
        if (salary <= 0) errors.Add(new FieldError("Salary", "급여를 입력해 주세요."));
        else if (MinimumWage.Check(salaryType, salary, hoursPerWeek) is { } wage) errors.Add(new FieldError("Salary", wage));
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        return new Placement
        {
            JobApplicationId = application.Id, SeekerProfileId = application.SeekerProfileId, CompanyId = application.CompanyId,
            JobPostingId = application.JobPostingId, StartDate = startDate, HoursPerWeek = hoursPerWeek, SalaryType = salaryType,
            Salary = salary, RecordedByUserId = userId, RecordedAt = nowUtc,
        };
    }
}
