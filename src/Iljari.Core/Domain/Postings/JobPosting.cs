using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Common;

namespace Iljari.Core.Domain.Postings;

/// <summary>구인공고. Content changes and status transitions go through this entity so the rules hold everywhere.</summary>
public class JobPosting
{
    /// <summary>The only legal status changes. Anything else is refused with a Korean message.</summary>
    public static readonly IReadOnlyDictionary<(PostingStatus From, PostingAction Action), PostingStatus> Transitions =
        new Dictionary<(PostingStatus, PostingAction), PostingStatus>
        {
            [(PostingStatus.Draft, PostingAction.Publish)] = PostingStatus.Open,
            [(PostingStatus.Open, PostingAction.Close)] = PostingStatus.Closed,
            [(PostingStatus.Open, PostingAction.MarkFilled)] = PostingStatus.Filled,
            [(PostingStatus.Closed, PostingAction.Reopen)] = PostingStatus.Open,
            [(PostingStatus.Closed, PostingAction.MarkFilled)] = PostingStatus.Filled,
        };

    public int Id { get; private set; }
    public int CompanyId { get; private set; }
    public Company? Company { get; private set; }
    public PostingStatus Status { get; private set; }

    public string Title { get; private set; } = "";
    public string OccupationCode { get; private set; } = "";
    public string RegionCode { get; private set; } = "";
    public SalaryType SalaryType { get; private set; }
    public long SalaryMin { get; private set; }
    public long? SalaryMax { get; private set; }
    public EducationLevel Education { get; private set; }
    public CareerRequirement Career { get; private set; }
    public int CareerYears { get; private set; }
    public EmploymentType EmploymentType { get; private set; }
    public int HoursPerWeek { get; private set; }
    public WorkDays WorkDays { get; private set; }
    public string? Preferences { get; private set; }
    public List<string> Certificates { get; private set; } = [];
    public List<string> Skills { get; private set; } = [];
    public string Description { get; private set; } = "";
    public int Openings { get; private set; }
    public DateOnly CloseDate { get; private set; }

    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public DateTime? PublishedAt { get; private set; }
    /// <summary>When it last stopped being open (마감 or 채용완료 from 게시중); null while open or never published. The dashboard
    /// dates open postings and vacancy duration from this and <see cref="PublishedAt"/>.</summary>
    public DateTime? ClosedAt { get; private set; }
    /// <summary>Korean day of <see cref="PublishedAt"/>; null while never published. Kept by <see cref="Edit"/>/<see cref="Apply"/>
    /// so the dashboard's open-posting and vacancy counts read an index range instead of converting every row.</summary>
    public DateOnly? OpenedOn { get; private set; }
    /// <summary>First Korean day it was no longer open: the day of <see cref="ClosedAt"/> if that is on or before
    /// <see cref="CloseDate"/>, else the day after <see cref="CloseDate"/>; null while never published.</summary>
    public DateOnly? EndedOn { get; private set; }

    /// <summary>The feed an imported posting came from (e.g. "work24"); null for postings made in the app.</summary>
    public string? ExternalSource { get; private set; }
    /// <summary>Id in that feed (e.g. a Work24 구인인증번호); (source, id) is unique, which makes imports idempotent.</summary>
    public string? ExternalId { get; private set; }

    private JobPosting() { }

    public static JobPosting Draft(int companyId, JobPostingFields fields, DateTime nowUtc)
    {
        var posting = new JobPosting { CompanyId = companyId, Status = PostingStatus.Draft, CreatedAt = nowUtc };
        posting.Edit(fields, nowUtc);
        return posting;
    }

    /// <summary>A posting from a partner feed, published at once (the partner already published it).</summary>
    public static JobPosting Imported(int companyId, string source, string externalId, JobPostingFields fields, DateTime nowUtc)
    {
        var posting = Draft(companyId, fields, nowUtc);
        (posting.ExternalSource, posting.ExternalId) = (source, externalId);
        posting.Apply(PostingAction.Publish, nowUtc);
        return posting;
    }

    /// <summary>Replaces the content. Filled postings are history and cannot change.</summary>
    public void Edit(JobPostingFields f, DateTime nowUtc)
    {
        if (Status == PostingStatus.Filled) throw new DomainException("채용이 완료된 공고는 수정할 수 없습니다.");
        var errors = f.Validate(DateOnly.FromDateTime(KoreanFormat.ToKst(nowUtc)));
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        f = f.Normalized();
        (Title, OccupationCode, RegionCode) = (f.Title, f.OccupationCode, f.RegionCode);
        (SalaryType, SalaryMin, SalaryMax) = (f.SalaryType, f.SalaryMin, f.SalaryMax);
        (Education, Career, CareerYears) = (f.Education, f.Career, f.CareerYears);
        (EmploymentType, HoursPerWeek, WorkDays) = (f.EmploymentType, f.HoursPerWeek, f.WorkDays);
        (Preferences, Description, Openings, CloseDate) = (f.Preferences, f.Description, f.Openings, f.CloseDate);
        (Certificates, Skills) = ([.. f.Certificates], [.. f.Skills]);
        UpdatedAt = nowUtc;
        KeepSpan();
    }

    /// <summary>Edits only when the content would differ, so re-importing the same file leaves the row (and UpdatedAt) alone.</summary>
    public bool EditIfChanged(JobPostingFields f, DateTime nowUtc)
    {
        if (Fields.SameAs(f.Normalized())) return false;
        Edit(f, nowUtc);
        return true;
    }

    public JobPostingFields Fields => new()
    {
        Title = Title, OccupationCode = OccupationCode, RegionCode = RegionCode,
        SalaryType = SalaryType, SalaryMin = SalaryMin, SalaryMax = SalaryMax,
        Education = Education, Career = Career, CareerYears = CareerYears,
        EmploymentType = EmploymentType, HoursPerWeek = HoursPerWeek, WorkDays = WorkDays,
        Preferences = Preferences, Description = Description, Openings = Openings, CloseDate = CloseDate,
        Certificates = Certificates, Skills = Skills,
    };

    public bool Can(PostingAction action) => Transitions.ContainsKey((Status, action));

    public IEnumerable<PostingAction> AvailableActions => Enum.GetValues<PostingAction>().Where(Can);

    public void Apply(PostingAction action, DateTime nowUtc)
    {
        if (!Transitions.TryGetValue((Status, action), out var next))
            throw new DomainException($"'{Status.Label()}' 상태의 공고는 {action.Label()}할 수 없습니다.");
        var today = DateOnly.FromDateTime(KoreanFormat.ToKst(nowUtc));
        if (next == PostingStatus.Open && CloseDate < today)
            throw new DomainException("마감일이 지났습니다. 마감일을 오늘 이후로 고친 뒤 게시해 주세요.");
        if (Status == PostingStatus.Open && next != PostingStatus.Open) ClosedAt = nowUtc;
        Status = next;
        if (next == PostingStatus.Open) (PublishedAt, ClosedAt) = (nowUtc, null);
        UpdatedAt = nowUtc;
        KeepSpan();
    }

    /// <summary>Recomputes <see cref="OpenedOn"/>/<see cref="EndedOn"/> from the published and closed instants and 마감일.</summary>
    private void KeepSpan()
    {
        if (PublishedAt is not { } published) { (OpenedOn, EndedOn) = (null, null); return; }
        OpenedOn = DateOnly.FromDateTime(published.AddHours(9));
        var closed = ClosedAt is { } c ? DateOnly.FromDateTime(c.AddHours(9)) : (DateOnly?)null;
        EndedOn = closed is { } d && d <= CloseDate ? d : CloseDate.AddDays(1);
    }

    /// <summary>Salary in a monthly equivalent, for filters and sorting across salary types.</summary>
    public long MonthlySalaryMin => MinimumWage.ToMonthly(SalaryType, SalaryMin);

    public string SalaryText => SalaryMax is { } max && max != SalaryMin
        ? $"{SalaryType.Label()} {KoreanFormat.Won(SalaryMin)} ~ {KoreanFormat.Won(max)}"
        : $"{SalaryType.Label()} {KoreanFormat.Won(SalaryMin)}";

    public string CareerText => Career == CareerRequirement.Experienced ? $"경력 {CareerYears}년 이상" : Career.Label();
}
