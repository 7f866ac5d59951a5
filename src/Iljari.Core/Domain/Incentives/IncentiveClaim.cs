using Iljari.Core.Domain.Common;

namespace Iljari.Core.Domain.Incentives;

/// <summary>
/// 신청 → 승인 (budget committed) → 지급 (in a batch); or 보완요청 → 재신청; or 반려. A paid claim can be 환수 (reversed):
/// the money goes back to the budget and the claim is closed.
/// </summary>
public enum ClaimStatus { Submitted, SupplementRequested, Approved, Rejected, Paid, Reversed }

public enum EvidenceKind { InsuranceHistory, EmploymentCertificate, Other }

/// <summary>An uploaded document (고용보험 가입 이력, 재직증명서), stored under a random name by UploadedFiles.</summary>
public class ClaimEvidence
{
    public int Id { get; private set; }
    public int ClaimId { get; private set; }
    public EvidenceKind Kind { get; private set; }
    public string StoredName { get; private set; } = "";
    public string OriginalName { get; private set; } = "";
    public DateTime UploadedAt { get; private set; }

    private ClaimEvidence() { }

    public static ClaimEvidence Of(EvidenceKind kind, string storedName, string? originalName, DateTime nowUtc)
    {
        var name = Path.GetFileName(originalName ?? "").Trim();
        return new ClaimEvidence { Kind = kind, StoredName = storedName, OriginalName = name.Length > 100 ? name[..100] : name, UploadedAt = nowUtc };
    }
}

/// <summary>
/// 취업성공장려금 청구: one milestone of one chain of employment (named by the placement that started it). The amount and
/// the rules version are copied in when it is filed, so later rule changes do not move it. Reviewed by the agency that
/// handles the seeker's case; paid by the city in a batch. <see cref="Version"/> is a concurrency token.
/// </summary>
public class IncentiveClaim
{
    public const int ReasonMaxLength = 500;

    public int Id { get; private set; }
    public int SchemeId { get; private set; }
    public int RulesVersion { get; private set; }
    public int SeekerProfileId { get; private set; }
    public int PlacementId { get; private set; }
    public int AgencyId { get; private set; }
    public int MilestoneMonths { get; private set; }
    public long Amount { get; private set; }
    public DateOnly ReachedOn { get; private set; }
    public ClaimStatus Status { get; private set; }
    public string BankName { get; private set; } = "";
    public string AccountNumber { get; private set; } = "";
    public string AccountHolder { get; private set; } = "";
    public string FiledByUserId { get; private set; } = "";
    public DateTime FiledAt { get; private set; }
    public string? ReviewReason { get; private set; }
    public string? ReviewedByUserId { get; private set; }
    public DateTime? ReviewedAt { get; private set; }
    public int? BatchId { get; private set; }
    public DateTime? PaidAt { get; private set; }
    public long Version { get; private set; }
    public List<ClaimEvidence> Evidence { get; private set; } = [];

    private IncentiveClaim() { }

    public static IncentiveClaim File(IncentiveScheme scheme, int seekerProfileId, int placementId, int agencyId, IncentiveMilestone milestone,
        DateOnly reachedOn, string? bankName, string? accountNumber, string? accountHolder, string userId, DateTime nowUtc)
    {
        var errors = new List<FieldError>();
        var bank = bankName?.Trim() ?? "";
        var account = new string((accountNumber ?? "").Where(c => char.IsAsciiDigit(c) || c == '-').ToArray());
        var holder = accountHolder?.Trim() ?? "";
        if (bank.Length is 0 or > 30) errors.Add(new("BankName", "은행을 골라 주세요."));
        if (account.Count(char.IsAsciiDigit) is < 8 or > 16) errors.Add(new("AccountNumber", "계좌번호는 숫자 8~16자리로 입력해 주세요."));
        if (holder.Length is 0 or > 30) errors.Add(new("AccountHolder", "예금주를 입력해 주세요."));
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        return new IncentiveClaim
        {
            SchemeId = scheme.Id, RulesVersion = scheme.Rules.Version, SeekerProfileId = seekerProfileId, PlacementId = placementId,
            AgencyId = agencyId, MilestoneMonths = milestone.Months, Amount = milestone.Amount, ReachedOn = reachedOn,
            Status = ClaimStatus.Submitted, BankName = bank, AccountNumber = account, AccountHolder = holder, FiledByUserId = userId, FiledAt = nowUtc,
        };
    }

    /// <summary>
    /// Anonymisation (retention or 회원 탈퇴): the claim and its ledger stay for accounting, but the payee is no longer
    /// readable — 예금주 masked (홍*동), only the last four digits of the account kept (****5678).
    /// </summary>
    public void MaskPayee()
    {
        AccountHolder = Masking.Name(AccountHolder);
        var digits = new string(AccountNumber.Where(char.IsAsciiDigit).ToArray());
        AccountNumber = digits.Length <= 4 ? "****" : "****" + digits[^4..];
        Version++;
    }

    public void AddEvidence(ClaimEvidence evidence)
    {
        if (Status is not (ClaimStatus.Submitted or ClaimStatus.SupplementRequested)) throw new DomainException("심사가 끝난 청구에는 서류를 더할 수 없습니다.");
        if (Evidence.Count >= 10) throw new DomainException("서류는 10개까지 올릴 수 있습니다.");
        Evidence.Add(evidence);
    }

    /// <summary>After 보완요청, the seeker sends it back with the missing documents.</summary>
    public void Resubmit(DateTime nowUtc)
    {
        if (Status != ClaimStatus.SupplementRequested) throw new DomainException("보완 요청을 받은 청구만 다시 제출할 수 있습니다.");
        (Status, FiledAt) = (ClaimStatus.Submitted, nowUtc);
        Version++;
    }

    public void Approve(string userId, string? note, DateTime nowUtc) => Decide(ClaimStatus.Approved, userId, note, required: false, nowUtc);
    public void RequestSupplement(string userId, string? reason, DateTime nowUtc) => Decide(ClaimStatus.SupplementRequested, userId, reason, required: true, nowUtc);
    public void Reject(string userId, string? reason, DateTime nowUtc) => Decide(ClaimStatus.Rejected, userId, reason, required: true, nowUtc);

    private void Decide(ClaimStatus to, string userId, string? reason, bool required, DateTime nowUtc)
    {
        if (Status != ClaimStatus.Submitted) throw new DomainException("심사를 기다리는 청구가 아닙니다. 이미 처리되었을 수 있습니다.");
        if (to == ClaimStatus.Approved && Evidence.Count == 0) throw new DomainException("증빙 서류가 없는 청구는 승인할 수 없습니다. 보완을 요청해 주세요.");
        var text = reason?.Trim();
        if (required && string.IsNullOrEmpty(text)) throw new ValidationFailedException([new FieldError("Reason", "사유를 입력해 주세요.")]);
        if (text?.Length > ReasonMaxLength) throw new ValidationFailedException([new FieldError("Reason", "사유는 500자 이내로 입력해 주세요.")]);
        (Status, ReviewReason, ReviewedByUserId, ReviewedAt) = (to, string.IsNullOrEmpty(text) ? null : text, userId, nowUtc);
        Version++;
    }

    public void PutInBatch(int batchId)
    {
        if (Status != ClaimStatus.Approved || BatchId is not null) throw new DomainException("승인되고 아직 지급 묶음에 없는 청구만 담을 수 있습니다.");
        BatchId = batchId;
        Version++;
    }

    public void MarkPaid(DateTime nowUtc)
    {
        if (Status != ClaimStatus.Approved || BatchId is null) throw new DomainException("지급 묶음에 담긴 승인 청구만 지급할 수 있습니다.");
        (Status, PaidAt) = (ClaimStatus.Paid, nowUtc);
        Version++;
    }

    public void MarkReversed(string userId, string? reason, DateTime nowUtc)
    {
        if (Status != ClaimStatus.Paid) throw new DomainException("지급된 청구만 환수할 수 있습니다.");
        var text = reason?.Trim();
        if (string.IsNullOrEmpty(text)) throw new ValidationFailedException([new FieldError("Reason", "환수 사유를 입력해 주세요.")]);
        if (text.Length > ReasonMaxLength) throw new ValidationFailedException([new FieldError("Reason", "사유는 500자 이내로 입력해 주세요.")]);
        (Status, ReviewReason, ReviewedByUserId, ReviewedAt) = (ClaimStatus.Reversed, text, userId, nowUtc);
        Version++;
    }

    /// <summary>A claim that still stands for its milestone: a rejected one may be filed again.</summary>
    public static readonly ClaimStatus[] Live = [ClaimStatus.Submitted, ClaimStatus.SupplementRequested, ClaimStatus.Approved, ClaimStatus.Paid];

    /// <summary>계좌번호 in lists: the last four digits only.</summary>
    public string MaskedAccount => AccountNumber.Length <= 4 ? "****" : new string('*', AccountNumber.Length - 4) + AccountNumber[^4..];
}

public static class ClaimLabels
{
    public static string Label(this ClaimStatus s) => s switch
    {
        ClaimStatus.Submitted => "심사 대기",
        ClaimStatus.SupplementRequested => "보완 요청",
        ClaimStatus.Approved => "승인(지급 대기)",
        ClaimStatus.Rejected => "반려",
        ClaimStatus.Paid => "지급 완료",
        _ => "환수",
    };

    public static string Label(this EvidenceKind k) => k switch
    {
        EvidenceKind.InsuranceHistory => "고용보험 가입 이력",
        EvidenceKind.EmploymentCertificate => "재직증명서",
        _ => "기타 서류",
    };
}
