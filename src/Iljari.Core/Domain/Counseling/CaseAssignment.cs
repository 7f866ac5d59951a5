using Iljari.Core.Domain.Common;

namespace Iljari.Core.Domain.Counseling;

/// <summary>How a seeker became a client of an agency.</summary>
public enum CaseOrigin { SeekerRequest, AgencyReferral, Staff }

/// <summary>종결 사유.</summary>
public enum CaseClosureReason { Employed, ReferredElsewhere, SeekerRequest, NoContact, Other }

/// <summary>
/// 담당 배정: a seeker is a client of an agency, handled by one counselor. A seeker's counseling request (상담 신청) or a
/// referral from another agency waits with no counselor until one takes it. Closing keeps the record with a reason.
/// </summary>
public class CaseAssignment
{
    public int Id { get; set; }
    public int SeekerProfileId { get; set; }
    public int AgencyId { get; set; }
    /// <summary>Null while the request waits in the agency's queue.</summary>
    public string? CounselorUserId { get; set; }
    public CaseOrigin Origin { get; set; } = CaseOrigin.Staff;
    /// <summary>What the seeker wrote when asking for counseling.</summary>
    public string? RequestNote { get; set; }
    public DateTime RequestedAt { get; set; }
    public DateTime AssignedAt { get; set; }
    public DateTime? ClosedAt { get; set; }
    public CaseClosureReason? ClosureReason { get; set; }
    public string? ClosureNote { get; set; }

    public bool IsOpen => ClosedAt is null;

    public static CaseAssignment Requested(int seekerProfileId, int agencyId, CaseOrigin origin, string? note, DateTime nowUtc)
    {
        var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (text?.Length > 500) throw new ValidationFailedException([new FieldError("Note", "신청 내용은 500자 이내로 입력해 주세요.")]);
        return new CaseAssignment { SeekerProfileId = seekerProfileId, AgencyId = agencyId, Origin = origin, RequestNote = text, RequestedAt = nowUtc };
    }

    /// <summary>A counselor of the agency takes the case (or is given it by the agency admin).</summary>
    public void AssignTo(string counselorUserId, DateTime nowUtc)
    {
        if (!IsOpen) throw new DomainException("종결된 상담에는 담당자를 정할 수 없습니다.");
        CounselorUserId = counselorUserId;
        AssignedAt = nowUtc;
    }

    public void Close(CaseClosureReason reason, string? note, DateTime nowUtc)
    {
        if (!IsOpen) throw new DomainException("이미 종결된 상담입니다.");
        var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (reason == CaseClosureReason.Other && text is null) throw new DomainException("종결 사유가 ‘기타’이면 내용을 적어 주세요.");
        if (text?.Length > 500) throw new DomainException("종결 메모는 500자 이내로 입력해 주세요.");
        (ClosedAt, ClosureReason, ClosureNote) = (nowUtc, reason, text);
    }
}

public static class CaseLabels
{
    public static string Label(this CaseClosureReason r) => r switch
    {
        CaseClosureReason.Employed => "취업",
        CaseClosureReason.ReferredElsewhere => "타 기관 연계",
        CaseClosureReason.SeekerRequest => "본인 요청",
        CaseClosureReason.NoContact => "연락 두절",
        _ => "기타",
    };

    public static string Label(this CaseOrigin o) => o switch
    {
        CaseOrigin.SeekerRequest => "구직자 상담 신청",
        CaseOrigin.AgencyReferral => "기관 간 연계",
        _ => "기관 등록",
    };
}
