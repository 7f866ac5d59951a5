using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Programs;

namespace Iljari.Core.Domain.Seekers;

/// <summary>
/// 구직자 프로필·이력서. Birth year and month only: 주민등록번호 is never collected (DESIGN.md §4).
/// </summary>
public class SeekerProfile
{
    public int Id { get; set; }
    public string UserId { get; set; } = "";

    public string Name { get; set; } = "";
    public int BirthYear { get; set; }
    public int BirthMonth { get; set; }
    public string Phone { get; set; } = "";
    public string Email { get; set; } = "";

    /// <summary>KECO 2018 소분류 codes.</summary>
    public List<string> DesiredOccupations { get; set; } = [];
    /// <summary>goyang-regions codes (구, 동 or neighbouring city).</summary>
    public List<string> DesiredRegions { get; set; } = [];
    public SalaryType DesiredSalaryType { get; set; } = SalaryType.Monthly;
    public long? DesiredSalary { get; set; }
    public List<EmploymentType> EmploymentTypes { get; set; } = [];
    public int? DesiredHoursPerWeek { get; set; }
    public EducationLevel Education { get; set; }
    public List<CareerEntry> Careers { get; set; } = [];
    public List<string> Certificates { get; set; } = [];
    public List<string> Skills { get; set; } = [];
    public string? Introduction { get; set; }

    /// <summary>
    /// Circumstance groups the seeker declares for programs and incentives (codes of <see cref="Board.TargetGroups"/>:
    /// women, disabled, lowincome, veteran, vulnerable). Age groups (청년, 중장년, 노인) are derived from the birth year,
    /// never stored. Coarse codes stay queryable for eligibility and statistics; the details behind them (장애 유형·정도,
    /// 소득 구분, 건강, 보훈) are kept encrypted in <see cref="SeekerSensitiveRecord"/> (docs/security.md).
    /// </summary>
    public List<string> Circumstances { get; set; } = [];
    public bool LivesInGoyang { get; set; } = true;
    public EmploymentStatus Status { get; set; } = EmploymentStatus.Unemployed;

    /// <summary>What program eligibility rules look at.</summary>
    public SeekerFacts Facts => new(BirthYear, BirthMonth, Circumstances, LivesInGoyang, Status);

    /// <summary>The groups a seeker may declare (age groups are computed).</summary>
    public static readonly IReadOnlyList<string> DeclarableGroups = ["women", "disabled", "lowincome", "veteran", "vulnerable"];

    /// <summary>Whether employers may find this profile in candidate searches. Off until the seeker turns it on.</summary>
    public bool Discoverable { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>
    /// Start day of the first job (placement) on or after the Korean day the seeker registered; null while none. Kept by
    /// <see cref="Dashboard.FirstJobInterceptor"/> (placements are only ever added, their start day never changes), so the
    /// dashboard's placement rate is a GROUP BY over one index instead of a look-up per seeker.
    /// </summary>
    public DateOnly? FirstJobOn { get; set; }

    /// <summary>Set when the profile was anonymised: name, contact, résumé and free text are gone; statistics rows stay.</summary>
    public DateTime? AnonymisedAt { get; set; }

    public int TotalCareerMonths => Careers.Sum(c => c.Months);
}

/// <summary>One job in the career history, month precision.</summary>
public class CareerEntry
{
    public string CompanyName { get; set; } = "";
    public string OccupationCode { get; set; } = "";
    public string? Role { get; set; }
    public DateOnly Start { get; set; }
    /// <summary>Null while still employed there.</summary>
    public DateOnly? End { get; set; }

    public int Months => End is { } end ? Math.Max(0, (end.Year - Start.Year) * 12 + end.Month - Start.Month + 1) : 0;
}
