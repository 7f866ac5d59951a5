using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Common;

namespace Iljari.Core.Domain.Postings;

/// <summary>The editable content of a 구인공고, with the Work24 채용정보 field set.</summary>
public sealed record JobPostingFields
{
    public string Title { get; init; } = "";
    /// <summary>KECO 2018 소분류 (3 digits).</summary>
    public string OccupationCode { get; init; } = "";
    public string RegionCode { get; init; } = "";
    public SalaryType SalaryType { get; init; } = SalaryType.Monthly;
    public long SalaryMin { get; init; }
    public long? SalaryMax { get; init; }
    public EducationLevel Education { get; init; }
    public CareerRequirement Career { get; init; } = CareerRequirement.Any;
    public int CareerYears { get; init; }
    public EmploymentType EmploymentType { get; init; }
    public int HoursPerWeek { get; init; } = 40;
    public WorkDays WorkDays { get; init; }
    public string? Preferences { get; init; }
    /// <summary>요구·우대 자격증 (e.g. 바리스타 2급); matching counts them as requirements.</summary>
    public IReadOnlyList<string> Certificates { get; init; } = [];
    /// <summary>필요 기술 (e.g. 에스프레소 추출, 엑셀).</summary>
    public IReadOnlyList<string> Skills { get; init; } = [];
    public string Description { get; init; } = "";
    public int Openings { get; init; } = 1;
    public DateOnly CloseDate { get; init; }

    /// <summary>The content as the posting stores it: trimmed text, no career years unless experience is required.</summary>
    public JobPostingFields Normalized() => this with
    {
        Title = Title.Trim(),
        CareerYears = Career == CareerRequirement.Experienced ? CareerYears : 0,
        Preferences = Preferences?.Trim(),
        Description = Description.Trim(),
        Certificates = [.. Certificates.Select(c => c.Trim())],
        Skills = [.. Skills.Select(c => c.Trim())],
    };

    private static readonly IReadOnlyList<string> NoItems = Array.Empty<string>();

    /// <summary>Equal content (the record's own equality compares the lists by reference).</summary>
    public bool SameAs(JobPostingFields other) =>
        this with { Certificates = NoItems, Skills = NoItems } == other with { Certificates = NoItems, Skills = NoItems }
        && Certificates.SequenceEqual(other.Certificates) && Skills.SequenceEqual(other.Skills);

    /// <summary>Every rule a posting's content must meet, as Korean field messages.</summary>
    public IReadOnlyList<FieldError> Validate(DateOnly today)
    {
        var errors = new List<FieldError>();
        void Add(string field, string message) => errors.Add(new FieldError(field, message));
        var refs = ReferenceCatalog.Instance;

        if (string.IsNullOrWhiteSpace(Title)) Add(nameof(Title), "채용 제목을 입력해 주세요.");
        else if (Title.Length > 100) Add(nameof(Title), "채용 제목은 100자 이내로 입력해 주세요.");
        if (refs.Occupations.Find(OccupationCode) is not { Level: "minor" })
            Add(nameof(OccupationCode), "직종을 목록에서 선택해 주세요.");
        if (!refs.Regions.Contains(RegionCode)) Add(nameof(RegionCode), "근무지역을 목록에서 선택해 주세요.");
        if (HoursPerWeek is < 1 or > 52) Add(nameof(HoursPerWeek), "주 근로시간은 1~52시간 사이로 입력해 주세요.");
        if (SalaryMin <= 0) Add(nameof(SalaryMin), "최소 급여를 입력해 주세요.");
        else if (MinimumWage.Check(SalaryType, SalaryMin, HoursPerWeek) is { } wage) Add(nameof(SalaryMin), wage);
        if (SalaryMax is { } max && max < SalaryMin) Add(nameof(SalaryMax), "최대 급여는 최소 급여보다 적을 수 없습니다.");
        if (Career == CareerRequirement.Experienced && CareerYears is < 1 or > 40)
            Add(nameof(CareerYears), "경력 조건은 1~40년 사이로 입력해 주세요.");
        if (string.IsNullOrWhiteSpace(Description)) Add(nameof(Description), "직무 내용을 입력해 주세요.");
        else if (Description.Length > 4000) Add(nameof(Description), "직무 내용은 4,000자 이내로 입력해 주세요.");
        if (Preferences?.Length > 500) Add(nameof(Preferences), "우대 조건은 500자 이내로 입력해 주세요.");
        if (Certificates.Count > 10) Add(nameof(Certificates), "자격증은 10개까지 입력할 수 있습니다.");
        if (Certificates.Any(c => c.Length > 50)) Add(nameof(Certificates), "자격증 이름은 50자 이내로 입력해 주세요.");
        if (Skills.Count > 15) Add(nameof(Skills), "필요 기술은 15개까지 입력할 수 있습니다.");
        if (Skills.Any(c => c.Length > 50)) Add(nameof(Skills), "기술 이름은 50자 이내로 입력해 주세요.");
        if (Openings is < 1 or > 999) Add(nameof(Openings), "모집 인원은 1~999명 사이로 입력해 주세요.");
        if (CloseDate < today) Add(nameof(CloseDate), "마감일은 오늘 이후 날짜여야 합니다.");
        else if (CloseDate > today.AddYears(1)) Add(nameof(CloseDate), "마감일은 1년 이내로 정해 주세요.");
        return errors;
    }
}
