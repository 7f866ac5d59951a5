using Iljari.Core.Domain.Common;

namespace Iljari.Core.Domain.Enterprises;

/// <summary>예정 (enrolled, to come) or 완료 (done, with its outcome).</summary>
public enum ActivityStatus { Planned, Completed }

/// <summary>
/// What kind of activity, each within one stage: 교육과정; 컨설팅; 상용화 지원 (시제품·인증·판로 시험); 마케팅 as 박람회·판촉전,
/// 공공구매 목록 등록 or 온라인 판로 입점; 네트워킹 행사. The dashboard and the centre's reports count activities by kind.
/// </summary>
public enum ActivityKind { Course, Consulting, Commercialisation, Fair, PublicProcurement, OnlineMarket, NetworkingEvent }

/// <summary>An activity as staff enter it.</summary>
public sealed class EnterpriseActivityFields
{
    public SupportStage Stage { get; set; }
    /// <summary>Null means the stage's usual kind (<see cref="ActivityKinds.DefaultFor"/>).</summary>
    public ActivityKind? Kind { get; set; }
    public string? Title { get; set; }
    public DateOnly? Date { get; set; }
    /// <summary>컨설팅 only: who consulted and the gist of their report.</summary>
    public string? ConsultantName { get; set; }
    public string? ReportSummary { get; set; }
}

/// <summary>
/// An enterprise's part in one activity of a stage: a 교육 course, a 컨설팅 session (consultant, report summary and an
/// optional report file), 상용화 support, a 마케팅 fair or 공공구매 listing, a 네트워킹 event. A completed activity of the
/// current stage is what lets the enterprise advance, so a completed one is never deleted.
/// </summary>
public class EnterpriseActivity
{
    public int Id { get; private set; }
    public int EnterpriseId { get; private set; }
    public SupportStage Stage { get; private set; }
    /// <summary>Null on activities entered before kinds were kept; read as the stage's usual kind.</summary>
    public ActivityKind? Kind { get; private set; }
    public string Title { get; private set; } = "";
    public DateOnly Date { get; private set; }
    public ActivityStatus Status { get; private set; }
    public string Outcome { get; private set; } = "";
    public string ConsultantName { get; private set; } = "";
    public string ReportSummary { get; private set; } = "";
    /// <summary>Stored name given by the upload service (random), and the name the user uploaded.</summary>
    public string? ReportFile { get; private set; }
    public string? ReportFileName { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public string CreatedByUserId { get; private set; } = "";
    public DateTime UpdatedAt { get; private set; }
    public string UpdatedByUserId { get; private set; } = "";

    private EnterpriseActivity() { }

    public static EnterpriseActivity Plan(int enterpriseId, EnterpriseActivityFields f, string userId, DateTime nowUtc)
    {
        var a = new EnterpriseActivity { EnterpriseId = enterpriseId, Status = ActivityStatus.Planned, CreatedAt = nowUtc, CreatedByUserId = userId };
        a.Edit(f, userId, nowUtc);
        return a;
    }

    public void Edit(EnterpriseActivityFields f, string userId, DateTime nowUtc)
    {
        var errors = new List<FieldError>();
        var title = f.Title?.Trim() ?? "";
        if (title.Length == 0) errors.Add(new("Title", "활동명을 입력해 주세요."));
        else if (title.Length > 150) errors.Add(new("Title", "활동명은 150자 이내로 입력해 주세요."));
        if (f.Date is null) errors.Add(new("Date", "날짜를 입력해 주세요."));
        if (!Enum.IsDefined(f.Stage)) errors.Add(new("Stage", "단계를 골라 주세요."));
        var kind = f.Kind ?? (Enum.IsDefined(f.Stage) ? ActivityKinds.DefaultFor(f.Stage) : ActivityKind.Course);
        if (!Enum.IsDefined(kind)) errors.Add(new("Kind", "활동 종류를 골라 주세요."));
        else if (Enum.IsDefined(f.Stage) && kind.Stage() != f.Stage)
            errors.Add(new("Kind", $"‘{kind.Label()}’은(는) {kind.Stage().Label()} 단계의 활동입니다. 단계나 종류를 바꿔 주세요."));
        var consultant = f.Stage == SupportStage.Consulting ? f.ConsultantName?.Trim() ?? "" : "";
        var summary = f.Stage == SupportStage.Consulting ? f.ReportSummary?.Trim() ?? "" : "";
        if (consultant.Length > 50) errors.Add(new("ConsultantName", "컨설턴트 이름은 50자 이내로 입력해 주세요."));
        if (summary.Length > 2000) errors.Add(new("ReportSummary", "보고서 요약은 2,000자 이내로 입력해 주세요."));
        if (Status == ActivityStatus.Completed && f.Stage != Stage) errors.Add(new("Stage", "완료한 활동의 단계는 바꿀 수 없습니다."));
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        (Stage, Kind, Title, Date, ConsultantName, ReportSummary) = (f.Stage, kind, title, f.Date!.Value, consultant, summary);
        (UpdatedAt, UpdatedByUserId) = (nowUtc, userId);
    }

    /// <summary>완료 with what came of it; not before the activity's day (it cannot have happened yet).</summary>
    public void Complete(string? outcome, DateOnly todayKst, string userId, DateTime nowUtc)
    {
        var text = outcome?.Trim() ?? "";
        if (Status == ActivityStatus.Completed) throw new DomainException("이미 완료한 활동입니다.");
        if (Date > todayKst) throw new ValidationFailedException([new("Outcome", $"{KoreanFormat.Date(Date)} 활동은 그날 이후에 완료할 수 있습니다.")]);
        if (text.Length == 0) throw new ValidationFailedException([new("Outcome", "활동 결과를 입력해 주세요.")]);
        if (text.Length > 1000) throw new ValidationFailedException([new("Outcome", "활동 결과는 1,000자 이내로 입력해 주세요.")]);
        (Status, Outcome, UpdatedAt, UpdatedByUserId) = (ActivityStatus.Completed, text, nowUtc, userId);
    }

    public void AttachReport(string storedName, string originalName, string userId, DateTime nowUtc)
    {
        if (Stage != SupportStage.Consulting) throw new DomainException("보고서 파일은 컨설팅 활동에만 올릴 수 있습니다.");
        var name = Path.GetFileName(originalName);
        (ReportFile, ReportFileName, UpdatedAt, UpdatedByUserId) = (storedName, name.Length > 150 ? name[..150] : name, nowUtc, userId);
    }

    /// <summary>Only a planned activity may be deleted (an enrolment made by mistake); a completed one is the record of work done.</summary>
    public void EnsureDeletable()
    {
        if (Status == ActivityStatus.Completed) throw new DomainException("완료한 활동은 삭제할 수 없습니다.");
    }
}

public static class ActivityLabels
{
    public static string Label(this ActivityStatus s) => s == ActivityStatus.Planned ? "예정" : "완료";
}

public static class ActivityKinds
{
    public static SupportStage Stage(this ActivityKind k) => k switch
    {
        ActivityKind.Course => SupportStage.Education,
        ActivityKind.Consulting => SupportStage.Consulting,
        ActivityKind.Commercialisation => SupportStage.Commercialisation,
        ActivityKind.Fair or ActivityKind.PublicProcurement or ActivityKind.OnlineMarket => SupportStage.Marketing,
        _ => SupportStage.Networking,
    };

    public static string Label(this ActivityKind k) => k switch
    {
        ActivityKind.Course => "교육과정",
        ActivityKind.Consulting => "컨설팅",
        ActivityKind.Commercialisation => "상용화 지원",
        ActivityKind.Fair => "박람회·판촉전",
        ActivityKind.PublicProcurement => "공공구매 목록 등록",
        ActivityKind.OnlineMarket => "온라인 판로 입점",
        _ => "네트워킹 행사",
    };

    /// <summary>The kind an activity of <paramref name="stage"/> has when none is chosen: the first of its stage.</summary>
    public static ActivityKind DefaultFor(SupportStage stage) => Enum.GetValues<ActivityKind>().First(k => k.Stage() == stage);

    /// <summary>The kind shown for an activity: its own, or its stage's usual one for activities from before kinds were kept.</summary>
    public static ActivityKind KindOrDefault(this EnterpriseActivity a) => a.Kind ?? DefaultFor(a.Stage);
}
