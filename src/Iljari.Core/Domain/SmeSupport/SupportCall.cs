using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Common;

namespace Iljari.Core.Domain.SmeSupport;

/// <summary>지원사업 종류 (the city's SME support lines; 애로해소 is a separate desk, see <see cref="Difficulty"/>).</summary>
/// <summary>
/// The kinds of 지원사업. <see cref="DifficultyRelief"/> is a funded call for firms' difficulties (인증·컨설팅·법률 비용 등);
/// a single difficulty a firm wants answered goes to the 기업애로 desk (<see cref="Difficulty"/>) instead.
/// </summary>
public enum SupportKind { WorkingCapital, IncubatorTenancy, OverseasMarketing, TechDevelopment, WorkplaceImprovement, DifficultyRelief }

/// <summary>작성 중 → 공고 중 (applications open in the period) → 마감 (review and selection).</summary>
public enum SupportCallStatus { Draft, Published, Closed }

/// <summary>A published 평가 기준: its name and the most points a reviewer may give.</summary>
public sealed record ScoringCriterion(string Name, int MaxPoints);

/// <summary>Who may apply. Empty lists mean "all"; years are counted from the 설립일 the company gives.</summary>
public sealed class SupportEligibilityRules
{
    /// <summary>KSIC 대분류 letters (A–U).</summary>
    public List<string> IndustrySections { get; set; } = [];
    public List<CompanySize> Sizes { get; set; } = [];
    public bool GoyangOnly { get; set; } = true;
    /// <summary>업력 N년 이상: the N-th anniversary of founding has passed (or is today).</summary>
    public int? MinYears { get; set; }
    /// <summary>업력 N년 미만 (창업 N년 이내): the N-th anniversary has not come yet.</summary>
    public int? MaxYears { get; set; }

    public bool NeedsFoundingDate => MinYears is not null || MaxYears is not null;
}

/// <summary>The call's fields as staff enter them; lists are typed one per line so the form stays a plain form.</summary>
public sealed class SupportCallFields
{
    public SupportKind Kind { get; set; } = SupportKind.WorkingCapital;
    public string? Title { get; set; }
    public string? Description { get; set; }
    public DateOnly? Opens { get; set; }
    public DateOnly? Closes { get; set; }
    public long? Budget { get; set; }
    public int? Awards { get; set; }
    public List<string> IndustrySections { get; set; } = [];
    public List<CompanySize> Sizes { get; set; } = [];
    public bool GoyangOnly { get; set; } = true;
    public int? MinYears { get; set; }
    public int? MaxYears { get; set; }
    /// <summary>제출 서류, one name a line (예: 사업계획서).</summary>
    public string? RequiredDocuments { get; set; }
    /// <summary>평가 기준, one a line as "이름 배점" (예: 사업성 40).</summary>
    public string? Criteria { get; set; }
}

/// <summary>
/// 지원사업 공고: one call for applications run by an agency, with its budget, number of awards, eligibility, required
/// documents and the scoring criteria it publishes. Awards are booked on the call itself (<see cref="AwardedTotal"/>,
/// <see cref="AwardedCount"/>) under the <see cref="Version"/> token, so two staff selecting at once cannot overspend.
/// </summary>
public class SupportCall
{
    public const int MaxDocuments = 8;

    public int Id { get; private set; }
    public int AgencyId { get; private set; }
    public SupportKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public string Description { get; private set; } = "";
    public DateOnly Opens { get; private set; }
    public DateOnly Closes { get; private set; }
    public long Budget { get; private set; }
    public int Awards { get; private set; }
    public SupportEligibilityRules Eligibility { get; private set; } = new();
    public List<string> RequiredDocuments { get; private set; } = [];
    public List<ScoringCriterion> Criteria { get; private set; } = [];
    public SupportCallStatus Status { get; private set; }
    public long AwardedTotal { get; private set; }
    public int AwardedCount { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? PublishedAt { get; private set; }
    public DateTime? ClosedAt { get; private set; }
    public long Version { get; private set; }

    private SupportCall() { }

    public long BudgetRemaining => Budget - AwardedTotal;
    public int MaxPoints => Criteria.Sum(c => c.MaxPoints);
    public bool IsOpenOn(DateOnly today) => Status == SupportCallStatus.Published && Opens <= today && today <= Closes;

    public static SupportCall Create(int agencyId, SupportCallFields f, DateTime nowUtc)
    {
        var call = new SupportCall { AgencyId = agencyId, Status = SupportCallStatus.Draft, CreatedAt = nowUtc };
        call.Apply(f);
        return call;
    }

    /// <summary>A draft may change freely; a published call only while nobody has applied (applicants must see what they applied to).</summary>
    public void Edit(SupportCallFields f, int applications)
    {
        if (Status == SupportCallStatus.Closed) throw new DomainException("마감한 공고는 고칠 수 없습니다.");
        if (Status == SupportCallStatus.Published && applications > 0) throw new DomainException("신청이 들어온 공고는 고칠 수 없습니다.");
        Apply(f);
        Version++;
    }

    public void Publish(DateTime nowUtc)
    {
        if (Status != SupportCallStatus.Draft) throw new DomainException("작성 중인 공고만 게시할 수 있습니다.");
        (Status, PublishedAt) = (SupportCallStatus.Published, nowUtc);
        Version++;
    }

    /// <summary>마감: no more applications or withdrawals; review and selection begin.</summary>
    public void Close(DateTime nowUtc)
    {
        if (Status != SupportCallStatus.Published) throw new DomainException("공고 중인 공고만 마감할 수 있습니다.");
        (Status, ClosedAt) = (SupportCallStatus.Closed, nowUtc);
        Version++;
    }

    /// <summary>Books an award against the call; never above the request, the budget left or the number of awards.</summary>
    internal void BookAward(long amount, long requested)
    {
        if (Status != SupportCallStatus.Closed) throw new DomainException("공고를 마감한 뒤에 선정할 수 있습니다.");
        if (AwardedCount >= Awards) throw new DomainException($"선정 규모({Awards}건)를 모두 채웠습니다.");
        if (amount <= 0) throw new ValidationFailedException([new FieldError("Amount", "지원 금액을 입력해 주세요.")]);
        if (amount > requested) throw new ValidationFailedException([new FieldError("Amount", $"지원 금액은 신청 금액({KoreanFormat.Won(requested)})을 넘을 수 없습니다.")]);
        if (amount > BudgetRemaining) throw new ValidationFailedException([new FieldError("Amount", $"지원 금액은 남은 예산({KoreanFormat.Won(BudgetRemaining)})을 넘을 수 없습니다.")]);
        AwardedTotal += amount;
        AwardedCount++;
        Version++;
    }

    private void Apply(SupportCallFields f)
    {
        var errors = new List<FieldError>();
        var title = f.Title?.Trim() ?? "";
        var description = f.Description?.Trim() ?? "";
        if (title.Length is 0 or > 150) errors.Add(new("Title", "공고명을 150자 이내로 입력해 주세요."));
        if (description.Length is 0 or > 5000) errors.Add(new("Description", "사업 내용을 5,000자 이내로 입력해 주세요."));
        if (f.Opens is null) errors.Add(new("Opens", "접수 시작일을 입력해 주세요."));
        if (f.Closes is null) errors.Add(new("Closes", "접수 마감일을 입력해 주세요."));
        if (f.Opens > f.Closes) errors.Add(new("Closes", "접수 마감일은 시작일보다 빠를 수 없습니다."));
        if (f.Budget is not (> 0 and <= 100_000_000_000)) errors.Add(new("Budget", "예산을 1원 이상 1,000억 원 이하로 입력해 주세요."));
        if (f.Awards is not (> 0 and <= 1000)) errors.Add(new("Awards", "선정 규모를 1~1,000건으로 입력해 주세요."));
        if (f.MinYears is < 0 or > 100) errors.Add(new("MinYears", "최소 업력은 0~100년으로 입력해 주세요."));
        if (f.MaxYears is < 1 or > 100) errors.Add(new("MaxYears", "최대 업력은 1~100년으로 입력해 주세요."));
        if (f.MinYears >= f.MaxYears) errors.Add(new("MaxYears", "최대 업력은 최소 업력보다 커야 합니다."));
        var sections = f.IndustrySections.Select(s => s.Trim().ToUpperInvariant()).Where(s => s.Length > 0).Distinct().ToList();
        if (sections.Any(s => s.Length != 1 || s[0] is < 'A' or > 'U')) errors.Add(new("IndustrySections", "업종은 한국표준산업분류 대분류(A~U)에서 골라 주세요."));
        var documents = Lines(f.RequiredDocuments).Distinct().ToList();
        if (documents.Count == 0) errors.Add(new("RequiredDocuments", "제출 서류를 한 줄에 하나씩 입력해 주세요."));
        if (documents.Count > MaxDocuments || documents.Any(d => d.Length > 50)) errors.Add(new("RequiredDocuments", $"제출 서류는 {MaxDocuments}개까지, 이름은 50자 이내로 입력해 주세요."));
        var criteria = ParseCriteria(f.Criteria, errors);
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        (Kind, Title, Description, Opens, Closes, Budget, Awards) = (f.Kind, title, description, f.Opens!.Value, f.Closes!.Value, f.Budget!.Value, f.Awards!.Value);
        Eligibility = new SupportEligibilityRules
        {
            IndustrySections = sections.Order().ToList(), Sizes = f.Sizes.Distinct().Order().ToList(), GoyangOnly = f.GoyangOnly,
            MinYears = f.MinYears is 0 ? null : f.MinYears, MaxYears = f.MaxYears,
        };
        (RequiredDocuments, Criteria) = (documents, criteria);
    }

    private static List<ScoringCriterion> ParseCriteria(string? text, List<FieldError> errors)
    {
        var criteria = new List<ScoringCriterion>();
        foreach (var line in Lines(text))
        {
            var cut = line.LastIndexOf(' ');
            if (cut <= 0 || !int.TryParse(line[(cut + 1)..].TrimEnd('점'), out var points) || points is < 1 or > 100)
            {
                errors.Add(new("Criteria", $"‘{line}’: 평가 기준은 ‘이름 배점’ 꼴로 입력해 주세요 (예: 사업성 40)."));
                return criteria;
            }
            criteria.Add(new ScoringCriterion(line[..cut].Trim(), points));
        }
        if (criteria.Count == 0) errors.Add(new("Criteria", "평가 기준을 한 줄에 하나씩 입력해 주세요 (예: 사업성 40)."));
        else if (criteria.Count > 10 || criteria.Any(c => c.Name.Length > 50)) errors.Add(new("Criteria", "평가 기준은 10개까지, 이름은 50자 이내로 입력해 주세요."));
        else if (criteria.Select(c => c.Name).Distinct().Count() != criteria.Count) errors.Add(new("Criteria", "같은 이름의 평가 기준이 있습니다."));
        return criteria;
    }

    private static IEnumerable<string> Lines(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);

    public SupportCallFields ToFields() => new()
    {
        Kind = Kind, Title = Title, Description = Description, Opens = Opens, Closes = Closes, Budget = Budget, Awards = Awards,
        IndustrySections = [.. Eligibility.IndustrySections], Sizes = [.. Eligibility.Sizes], GoyangOnly = Eligibility.GoyangOnly,
        MinYears = Eligibility.MinYears, MaxYears = Eligibility.MaxYears, RequiredDocuments = string.Join('\n', RequiredDocuments),
        Criteria = string.Join('\n', Criteria.Select(c => $"{c.Name} {c.MaxPoints}")),
    };
}
