using Iljari.Core.Domain.Common;

namespace Iljari.Core.Domain.Programs;

public enum ProgramKind { Lecture, TrainingLink, WorkExperience, JobClub, Mentoring, StartupEducation, Counseling }

/// <summary>
/// 맞춤형 취업지원 프로그램: what an agency runs for a group (청년, 중장년, 경력단절여성 …), with capacity, an application
/// period and eligibility rules kept as data, one version per year (<see cref="Eligibility.RuleFor"/>).
/// </summary>
public class JobProgram
{
    public int Id { get; private set; }
    public int AgencyId { get; private set; }
    public ProgramKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public string Description { get; private set; } = "";
    public int Capacity { get; private set; }
    public DateOnly ApplicationOpens { get; private set; }
    public DateOnly ApplicationCloses { get; private set; }
    public List<EligibilityRule> Rules { get; private set; } = [];
    public DateTime CreatedAt { get; private set; }

    private JobProgram() { }

    public static JobProgram Create(int agencyId, ProgramKind kind, string? title, string? description, int capacity, DateOnly opens, DateOnly closes,
        IEnumerable<EligibilityRule> rules, DateTime nowUtc)
    {
        var errors = new List<FieldError>();
        var t = title?.Trim() ?? "";
        if (t.Length == 0) errors.Add(new("Title", "프로그램명을 입력해 주세요."));
        else if (t.Length > 150) errors.Add(new("Title", "프로그램명은 150자 이내로 입력해 주세요."));
        if (description?.Length > 5000) errors.Add(new("Description", "소개는 5,000자 이내로 입력해 주세요."));
        if (capacity is < 1 or > 10_000) errors.Add(new("Capacity", "정원은 1명에서 10,000명 사이로 입력해 주세요."));
        if (closes < opens) errors.Add(new("ApplicationCloses", "신청 마감일은 시작일 이후여야 합니다."));
        var versions = rules.ToList();
        if (versions.Count == 0) errors.Add(new("Rules", "자격 기준을 하나 이상 정해 주세요."));
        if (versions.GroupBy(r => r.Year).Any(g => g.Count() > 1)) errors.Add(new("Rules", "같은 해의 자격 기준이 두 개 있습니다."));
        if (versions.Any(r => r.MinAge > r.MaxAge)) errors.Add(new("Rules", "최소 나이가 최대 나이보다 많습니다."));
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        return new JobProgram
        {
            AgencyId = agencyId, Kind = kind, Title = t, Description = description?.Trim() ?? "", Capacity = capacity,
            ApplicationOpens = opens, ApplicationCloses = closes, Rules = versions.OrderBy(r => r.Year).ToList(), CreatedAt = nowUtc,
        };
    }

    public bool AcceptsApplications(DateOnly todayKst) => ApplicationOpens <= todayKst && todayKst <= ApplicationCloses;

    /// <summary>The verdict for a seeker today, under the rule in force this year (no rule → not open to anyone).</summary>
    public EligibilityResult EligibilityFor(SeekerFacts seeker, DateOnly todayKst) =>
        Eligibility.RuleFor(Rules, todayKst.Year) is { } rule ? Eligibility.Check(rule, seeker, todayKst)
            : new EligibilityResult(false, $"{todayKst.Year}년 자격 기준이 아직 없습니다.", [$"{todayKst.Year}년 자격 기준이 아직 없습니다."]);
}

public static class ProgramLabels
{
    public static string Label(this ProgramKind k) => k switch
    {
        ProgramKind.Lecture => "취업특강",
        ProgramKind.TrainingLink => "직업훈련 연계",
        ProgramKind.WorkExperience => "직장체험",
        ProgramKind.JobClub => "취업반",
        ProgramKind.Mentoring => "멘토링",
        ProgramKind.StartupEducation => "창업교육",
        _ => "취업 상담",
    };
}
