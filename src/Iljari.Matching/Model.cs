namespace Iljari.Matching;

/// <summary>임금형태 as Work24 writes it: H 시급, D 일급, M 월급, Y 연봉.</summary>
public enum PayPeriod { Hourly, Daily, Monthly, Yearly }

/// <summary>경력 조건: N 신입, E 경력, Z 관계없음.</summary>
public enum CareerRule { Newcomer, Experienced, Any }

/// <summary>A place as WGS84 degrees, when the caller knows it (geocoded address).</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude);

/// <summary>
/// What the engine knows about a job posting. Everything but <see cref="Id"/> is optional so that files with
/// missing fields still load; a missing requirement counts as "no requirement".
/// </summary>
public sealed record MatchPosting
{
    public required string Id { get; init; }
    public string Title { get; init; } = "";
    /// <summary>Used for diversification and for 관심 없음 on a company; the company name is fine when no id exists.</summary>
    public string Company { get; init; } = "";
    /// <summary>KECO 2018 code (대·중·소분류 or a longer Work24 직종코드 whose first digits are KECO).</summary>
    public string OccupationCode { get; init; } = "";
    public string? IndustryCode { get; init; }
    /// <summary>법정동 10-digit code or a 5-digit 시군구 code.</summary>
    public string RegionCode { get; init; } = "";
    public GeoPoint? Location { get; init; }
    public PayPeriod SalaryType { get; init; } = PayPeriod.Monthly;
    public long? MinSalary { get; init; }
    public long? MaxSalary { get; init; }
    /// <summary>최소학력 00–07 (0 = 학력무관).</summary>
    public int Education { get; init; }
    public CareerRule Career { get; init; } = CareerRule.Any;
    public int CareerYears { get; init; }
    /// <summary>Work24 고용형태 code: 10, 11, 20, 21, 4, Y.</summary>
    public string? EmploymentType { get; init; }
    public int? HoursPerWeek { get; init; }
    public IReadOnlyList<string> Certificates { get; init; } = [];
    public IReadOnlyList<string> Skills { get; init; } = [];
    public string? Description { get; init; }
}

/// <summary>
/// What the engine knows about a job seeker. There is deliberately no field for age, sex, disability, nationality
/// or target group: the engine cannot use what it is never given (DESIGN.md §2, issue 4).
/// </summary>
public sealed record MatchSeeker
{
    public required string Id { get; init; }
    public IReadOnlyList<string> DesiredOccupations { get; init; } = [];
    public IReadOnlyList<string> DesiredTitles { get; init; } = [];
    public IReadOnlyList<string> Regions { get; init; } = [];
    public GeoPoint? Location { get; init; }
    public PayPeriod DesiredSalaryType { get; init; } = PayPeriod.Monthly;
    public long? DesiredMinSalary { get; init; }
    public int Education { get; init; }
    /// <summary>Total years; used when <see cref="CareerHistory"/> is empty.</summary>
    public double CareerYears { get; init; }
    public IReadOnlyList<CareerItem> CareerHistory { get; init; } = [];
    public IReadOnlyList<string> Certificates { get; init; } = [];
    public IReadOnlyList<string> Skills { get; init; } = [];
    public IReadOnlyList<string> EmploymentTypes { get; init; } = [];
    public int? MaxHoursPerWeek { get; init; }
    public string? Introduction { get; init; }
    /// <summary>Postings the seeker applied to: never recommended again.</summary>
    public IReadOnlyList<string> AppliedPostingIds { get; init; } = [];
    /// <summary>Postings marked 관심 없음: excluded, and similar ones ranked lower.</summary>
    public IReadOnlyList<Dismissal> Dismissed { get; init; } = [];
}

/// <summary>One job of the career history.</summary>
public sealed record CareerItem(string OccupationCode, string Title, double Years);

/// <summary>A posting the seeker said 관심 없음 to, with what makes others "similar".</summary>
public sealed record Dismissal(string PostingId, string Company, string OccupationCode);
