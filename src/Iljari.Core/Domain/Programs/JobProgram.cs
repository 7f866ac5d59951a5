using Iljari.Core.Domain.Common;

namespace Iljari.Core.Domain.Programs;

public enum ProgramKind { Lecture, TrainingLink, WorkExperience, JobClub, Mentoring, StartupEducation, Counseling }

/// <summary>The program fields as staff enter them; nullable so a missing value gets a Korean message, not a binding error.</summary>
public sealed class JobProgramFields
{
    public ProgramKind Kind { get; set; } = ProgramKind.Lecture;
    public string? Title { get; set; }
    public string? Description { get; set; }
    public int? Capacity { get; set; } = 20;
    public DateOnly? ApplicationOpens { get; set; }
    public DateOnly? ApplicationCloses { get; set; }
    public int? CompletionPercent { get; set; } = JobProgram.DefaultCompletionPercent;
    /// <summary>훈련 직종: KECO 소분류 codes (optional).</summary>
    public List<string> TargetOccupations { get; set; } = [];
}

/// <summary>
/// 맞춤형 취업지원 프로그램: what an agency runs for a group (청년, 중장년, 경력단절여성 …), with capacity, an application
/// period and eligibility rules kept as data, one version per year (<see cref="Eligibility.RuleFor"/>).
/// </summary>
public class JobProgram
{
    /// <summary>수료 기준: 80 % attendance is the usual bar of Korean employment-support courses.</summary>
    public const int DefaultCompletionPercent = 80;

    public int Id { get; private set; }
    public int AgencyId { get; private set; }
    public ProgramKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public string Description { get; private set; } = "";
    public int Capacity { get; private set; }
    public DateOnly ApplicationOpens { get; private set; }
    public DateOnly ApplicationCloses { get; private set; }
    /// <summary>Minimum share of the sessions held that a participant must attend to complete (1–100).</summary>
    public int CompletionPercent { get; private set; } = DefaultCompletionPercent;
    public List<EligibilityRule> Rules { get; private set; } = [];
    /// <summary>KECO 소분류 codes of the jobs the program trains for, so the mismatch page can name programs for a shortage.</summary>
    public List<string> TargetOccupations { get; private set; } = [];
    public DateTime CreatedAt { get; private set; }

    private JobProgram() { }

    public static JobProgram Create(int agencyId, ProgramKind kind, string? title, string? description, int capacity, DateOnly opens, DateOnly closes,
        IEnumerable<EligibilityRule> rules, DateTime nowUtc, int completionPercent = DefaultCompletionPercent) =>
        Create(agencyId, new JobProgramFields
        {
            Kind = kind, Title = title, Description = description, Capacity = capacity, ApplicationOpens = opens, ApplicationCloses = closes,
            CompletionPercent = completionPercent,
        }, rules, nowUtc);

    public static JobProgram Create(int agencyId, JobProgramFields f, IEnumerable<EligibilityRule> rules, DateTime nowUtc)
    {
        var errors = Errors(f);
        var versions = rules.ToList();
        if (versions.Count == 0) errors.Add(new("Rules", "자격 기준을 하나 이상 정해 주세요."));
        if (versions.GroupBy(r => r.Year).Any(g => g.Count() > 1)) errors.Add(new("Rules", "같은 해의 자격 기준이 두 개 있습니다."));
        if (versions.Any(r => r.MinAge > r.MaxAge)) errors.Add(new("Rules", "최소 나이가 최대 나이보다 많습니다."));
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        var program = new JobProgram { AgencyId = agencyId, CreatedAt = nowUtc, Rules = versions.OrderBy(r => r.Year).ToList() };
        program.Apply(f);
        return program;
    }

    /// <summary>Throws with every message when the fields are not valid; lets a form check them together with a rule.</summary>
    public static void Check(JobProgramFields f)
    {
        if (Errors(f) is { Count: > 0 } errors) throw new ValidationFailedException(errors);
    }

    /// <summary>Edits the program; the capacity may not drop below the places already held (nobody loses a place by an edit).</summary>
    public void Edit(JobProgramFields f, int placesHeld)
    {
        Check(f);
        if (f.Capacity < placesHeld) throw new ValidationFailedException([new("Capacity", $"이미 {placesHeld}명이 자리를 받았습니다. 정원은 {placesHeld}명 이상이어야 합니다.")]);
        Apply(f);
    }

    private static List<string> Occupations(IEnumerable<string> codes) => codes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().ToList();

    public JobProgramFields ToFields() => new()
    {
        Kind = Kind, Title = Title, Description = Description, Capacity = Capacity, ApplicationOpens = ApplicationOpens,
        ApplicationCloses = ApplicationCloses, CompletionPercent = CompletionPercent, TargetOccupations = [.. TargetOccupations],
    };

    /// <summary>Sets the rule of its year: replaces that year's version, or adds a version for a new year.</summary>
    public void SetRule(EligibilityRule rule)
    {
        if (rule.MinAge > rule.MaxAge) throw new ValidationFailedException([new("MaxAge", "최대 나이는 최소 나이보다 많아야 합니다.")]);
        // A new list, so the JSON column is seen as changed.
        Rules = Rules.Where(r => r.Year != rule.Year).Append(rule).OrderBy(r => r.Year).ToList();
    }

    private static List<FieldError> Errors(JobProgramFields f)
    {
        var errors = new List<FieldError>();
        var t = f.Title?.Trim() ?? "";
        if (t.Length == 0) errors.Add(new("Title", "프로그램명을 입력해 주세요."));
        else if (t.Length > 150) errors.Add(new("Title", "프로그램명은 150자 이내로 입력해 주세요."));
        if (f.Description?.Length > 5000) errors.Add(new("Description", "소개는 5,000자 이내로 입력해 주세요."));
        if (f.Capacity is not (>= 1 and <= 10_000)) errors.Add(new("Capacity", "정원은 1명에서 10,000명 사이로 입력해 주세요."));
        if (f.ApplicationOpens is null) errors.Add(new("ApplicationOpens", "신청 시작일을 입력해 주세요."));
        if (f.ApplicationCloses is null) errors.Add(new("ApplicationCloses", "신청 마감일을 입력해 주세요."));
        else if (f.ApplicationCloses < f.ApplicationOpens) errors.Add(new("ApplicationCloses", "신청 마감일은 시작일 이후여야 합니다."));
        if (f.CompletionPercent is not (>= 1 and <= 100)) errors.Add(new("CompletionPercent", "수료 기준 출석률은 1%에서 100% 사이로 입력해 주세요."));
        if (!Enum.IsDefined(f.Kind)) errors.Add(new("Kind", "프로그램 종류를 골라 주세요."));
        var occupations = Occupations(f.TargetOccupations);
        if (occupations.Count > 10) errors.Add(new("TargetOccupations", "훈련 직종은 10개까지 고를 수 있습니다."));
        else if (occupations.Any(c => Codes.ReferenceCatalog.Instance.Occupations.Find(c) is not { Level: "minor" }))
            errors.Add(new("TargetOccupations", "훈련 직종은 고용직업분류(KECO) 소분류에서 골라 주세요."));
        return errors;
    }

    private void Apply(JobProgramFields f)
    {
        (Kind, Title, Description, Capacity) = (f.Kind, f.Title!.Trim(), f.Description?.Trim() ?? "", f.Capacity!.Value);
        (ApplicationOpens, ApplicationCloses, CompletionPercent) = (f.ApplicationOpens!.Value, f.ApplicationCloses!.Value, f.CompletionPercent!.Value);
        TargetOccupations = Occupations(f.TargetOccupations);
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
