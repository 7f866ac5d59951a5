using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Postings;

namespace Iljari.Core.Domain.Applications;

/// <summary>
/// 취업 기록: the job an application ended in — start date, hours a week and pay — or, recorded by a counselor, a job
/// found outside the system (no application; the employer's name only). The end date (퇴사일) and 고용보험 가입 are
/// what the incentive (취업성공장려금) needs to judge continuous employment; the dashboard counts these rows.
/// </summary>
public class Placement
{
    public int Id { get; private set; }
    public int? JobApplicationId { get; private set; }
    public int SeekerProfileId { get; private set; }
    public int? CompanyId { get; private set; }
    public int? JobPostingId { get; private set; }
    /// <summary>For a job found outside the system; empty when the company is known.</summary>
    public string EmployerName { get; private set; } = "";
    public DateOnly StartDate { get; private set; }
    public DateOnly? EndDate { get; private set; }
    public bool EmploymentInsured { get; private set; } = true;
    public int HoursPerWeek { get; private set; }
    public SalaryType SalaryType { get; private set; }
    public long Salary { get; private set; }
    public string RecordedByUserId { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }

    private Placement() { }

    /// <summary>Records the placement of a hired application, with Korean messages for impossible values.</summary>
    public static Placement Record(JobApplication application, DateOnly startDate, int hoursPerWeek, SalaryType salaryType, long salary, string userId, DateTime nowUtc,
        bool employmentInsured = true)
    {
        if (application.Status != ApplicationStatus.Hired) throw new DomainException("채용된 지원에만 취업 기록을 남길 수 있습니다.");
        Validate(startDate, hoursPerWeek, salaryType, salary, nowUtc, []);
        return new Placement
        {
            JobApplicationId = application.Id, SeekerProfileId = application.SeekerProfileId, CompanyId = application.CompanyId,
            JobPostingId = application.JobPostingId, StartDate = startDate, HoursPerWeek = hoursPerWeek, SalaryType = salaryType,
            Salary = salary, EmploymentInsured = employmentInsured, RecordedByUserId = userId, RecordedAt = nowUtc,
        };
    }

    /// <summary>A job the seeker found on their own, recorded by their counselor (이직 후 새 직장 등).</summary>
    public static Placement RecordExternal(int seekerProfileId, string? employerName, DateOnly startDate, DateOnly? endDate, int hoursPerWeek, bool employmentInsured,
        SalaryType salaryType, long salary, string userId, DateTime nowUtc)
    {
        var name = employerName?.Trim() ?? "";
        var errors = new List<FieldError>();
        if (name.Length is 0 or > 100) errors.Add(new FieldError("EmployerName", "회사명을 100자 이내로 입력해 주세요."));
        if (endDate < startDate) errors.Add(new FieldError("EndDate", "퇴사일은 입사일 이후여야 합니다."));
        Validate(startDate, hoursPerWeek, salaryType, salary, nowUtc, errors);
        return new Placement
        {
            SeekerProfileId = seekerProfileId, EmployerName = name, StartDate = startDate, EndDate = endDate, HoursPerWeek = hoursPerWeek,
            EmploymentInsured = employmentInsured, SalaryType = salaryType, Salary = salary, RecordedByUserId = userId, RecordedAt = nowUtc,
        };
    }

    /// <summary>퇴사: the last day worked. Null clears a date entered by mistake.</summary>
    public void End(DateOnly? lastDay)
    {
        if (lastDay < StartDate) throw new ValidationFailedException([new FieldError("EndDate", "퇴사일은 입사일 이후여야 합니다.")]);
        EndDate = lastDay;
    }

    public EmploymentSpell Spell => new(StartDate, EndDate, HoursPerWeek, EmploymentInsured);

    private static void Validate(DateOnly startDate, int hoursPerWeek, SalaryType salaryType, long salary, DateTime nowUtc, List<FieldError> errors)
    {
        var today = DateOnly.FromDateTime(KoreanFormat.ToKst(nowUtc));
        if (startDate < today.AddYears(-3) || startDate > today.AddYears(1)) errors.Add(new FieldError("StartDate", "입사일은 3년 전부터 1년 후 사이로 입력해 주세요."));
        if (hoursPerWeek is < 1 or > 52) errors.Add(new FieldError("HoursPerWeek", "주 근로시간은 1~52시간 사이로 입력해 주세요."));
        if (salary <= 0) errors.Add(new FieldError("Salary", "급여를 입력해 주세요."));
        else if (MinimumWage.Check(salaryType, salary, hoursPerWeek) is { } wage) errors.Add(new FieldError("Salary", wage));
        if (errors.Count > 0) throw new ValidationFailedException(errors);
    }
}
