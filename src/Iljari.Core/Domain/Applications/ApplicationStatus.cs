namespace Iljari.Core.Domain.Applications;

/// <summary>지원 상태: 접수 → 검토중 → 면접 → 채용 / 불합격, plus 보류, 취소 (by the seeker) and 만료 (no employer action).</summary>
public enum ApplicationStatus { Received, Reviewing, Interview, Hired, Rejected, OnHold, Cancelled, Expired }

/// <summary>What someone does to an application; the entity's table says which are allowed in which status.</summary>
public enum ApplicationAction { Review, Interview, Hire, Reject, Hold, Cancel, Expire }

/// <summary>Where an application came from: the seeker, a counselor's 알선, or an accepted 면접 제안.</summary>
public enum ApplicationSource { Seeker, Referral, Proposal, HiringEvent }

public static class ApplicationLabels
{
    public static string Label(this ApplicationStatus s) => s switch
    {
        ApplicationStatus.Received => "접수",
        ApplicationStatus.Reviewing => "검토중",
        ApplicationStatus.Interview => "면접",
        ApplicationStatus.Hired => "채용",
        ApplicationStatus.Rejected => "불합격",
        ApplicationStatus.OnHold => "보류",
        ApplicationStatus.Cancelled => "취소",
        _ => "만료",
    };

    public static string Label(this ApplicationAction a) => a switch
    {
        ApplicationAction.Review => "검토 시작",
        ApplicationAction.Interview => "면접 진행",
        ApplicationAction.Hire => "채용",
        ApplicationAction.Reject => "불합격 처리",
        ApplicationAction.Hold => "보류",
        ApplicationAction.Cancel => "지원 취소",
        _ => "만료 처리",
    };

    public static string Label(this ApplicationSource s) => s switch
    {
        ApplicationSource.Seeker => "직접 지원",
        ApplicationSource.Referral => "상담사 알선",
        ApplicationSource.HiringEvent => "채용행사 면접",
        _ => "면접 제안 수락",
    };

    /// <summary>Statuses in which the application is still open (one such per seeker and posting).</summary>
    public static bool IsLive(this ApplicationStatus s) =>
        s is ApplicationStatus.Received or ApplicationStatus.Reviewing or ApplicationStatus.Interview or ApplicationStatus.OnHold;
}
