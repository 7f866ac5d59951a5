using Iljari.Core.Domain.Common;

namespace Iljari.Core.Domain.Sharing;

public enum AgencyReferralStatus { Requested, Accepted, Declined, Completed }

/// <summary>
/// 기관 간 연계: a counselor hands a client to another agency (e.g. 고용센터 → 여성새로일하기센터). It needs a live consent
/// naming the receiving agency. The receiving agency accepts (a case opens there) or declines; the sender sees the outcome.
/// </summary>
public class AgencyReferral
{
    public int Id { get; private set; }
    public int SeekerProfileId { get; private set; }
    public int FromAgencyId { get; private set; }
    public string FromUserId { get; private set; } = "";
    public int ToAgencyId { get; private set; }
    public int ConsentId { get; private set; }
    public string Note { get; private set; } = "";
    public AgencyReferralStatus Status { get; private set; }
    public string? Outcome { get; private set; }
    public string? RespondedByUserId { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? RespondedAt { get; private set; }

    private AgencyReferral() { }

    public static AgencyReferral Send(int seekerProfileId, int fromAgencyId, string fromUserId, int toAgencyId, SharingConsent? consent,
        string? note, DateOnly todayKst, DateTime nowUtc)
    {
        if (toAgencyId == fromAgencyId) throw new DomainException("다른 기관을 골라 주세요.");
        var text = note?.Trim() ?? "";
        if (text.Length == 0) throw new ValidationFailedException([new FieldError("Note", "연계 사유를 입력해 주세요.")]);
        // 500, like a counseling request: the note becomes the request note of the case the receiving agency opens.
        if (text.Length > 500) throw new ValidationFailedException([new FieldError("Note", "연계 사유는 500자 이내로 입력해 주세요.")]);
        if (consent is null || consent.SeekerProfileId != seekerProfileId || !consent.RecipientAgencyIds.Contains(toAgencyId) || !consent.IsLive(todayKst))
            throw new DomainException("받는 기관에 대한 구직자의 유효한 정보 제공 동의가 없어 연계할 수 없습니다.");
        return new AgencyReferral
        {
            SeekerProfileId = seekerProfileId, FromAgencyId = fromAgencyId, FromUserId = fromUserId, ToAgencyId = toAgencyId,
            ConsentId = consent.Id, Note = text, Status = AgencyReferralStatus.Requested, CreatedAt = nowUtc,
        };
    }

    /// <summary>The receiving agency answers; accepting opens a case there, declining needs a reason.</summary>
    public void Respond(bool accept, string? outcome, string byUserId, DateTime nowUtc)
    {
        if (Status != AgencyReferralStatus.Requested) throw new DomainException("이미 처리된 연계 요청입니다.");
        var text = string.IsNullOrWhiteSpace(outcome) ? null : outcome.Trim();
        if (!accept && text is null) throw new DomainException("반려 사유를 입력해 주세요.");
        if (text?.Length > 500) throw new DomainException("처리 결과는 500자 이내로 입력해 주세요.");
        (Status, Outcome, RespondedByUserId, RespondedAt) = (accept ? AgencyReferralStatus.Accepted : AgencyReferralStatus.Declined, text, byUserId, nowUtc);
    }

    /// <summary>The receiving agency reports the result of its service (e.g. "직업훈련 수료 후 취업").</summary>
    public void Complete(string? outcome, string byUserId, DateTime nowUtc)
    {
        if (Status != AgencyReferralStatus.Accepted) throw new DomainException("수락한 연계만 완료할 수 있습니다.");
        var text = outcome?.Trim() ?? "";
        if (text.Length == 0) throw new DomainException("연계 결과를 입력해 주세요.");
        if (text.Length > 500) throw new DomainException("처리 결과는 500자 이내로 입력해 주세요.");
        (Status, Outcome, RespondedByUserId, RespondedAt) = (AgencyReferralStatus.Completed, text, byUserId, nowUtc);
    }
}

public static class AgencyReferralLabels
{
    public static string Label(this AgencyReferralStatus s) => s switch
    {
        AgencyReferralStatus.Requested => "요청",
        AgencyReferralStatus.Accepted => "수락",
        AgencyReferralStatus.Declined => "반려",
        _ => "완료",
    };
}
