using Iljari.Core.Domain.Common;

namespace Iljari.Core.Domain.Guarantees;

/// <summary>신청 → 승인(보증 중) → 상환 완료; or 반려; a guarantee in force can go 대위변제 (the fund repaid the bank), after which recoveries come in.</summary>
public enum GuaranteeStatus { Applied, Rejected, Active, Repaid, Defaulted }

/// <summary>What moved the money of one guarantee; each row is a dated, signed change to outstanding or to the amount in default.</summary>
public enum GuaranteeEventKind { Approval, Repayment, Default, Recovery }

/// <summary>
/// One row of the guarantee ledger. <see cref="Outstanding"/> is the change to the guaranteed balance still owed to the
/// bank; <see cref="Subrogated"/> the change to what the fund paid for a default and has not recovered. Never edited:
/// balances for any date are sums of the rows up to that date.
/// </summary>
public class GuaranteeEntry
{
    public int Id { get; private set; }
    public int GuaranteeId { get; private set; }
    public int SchemeId { get; private set; }
    public GuaranteeEventKind Kind { get; private set; }
    public DateOnly On { get; private set; }
    public long Outstanding { get; private set; }
    public long Subrogated { get; private set; }
    public string Note { get; private set; } = "";
    public string ByUserId { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }

    private GuaranteeEntry() { }

    internal GuaranteeEntry(Guarantee g, GuaranteeEventKind kind, DateOnly on, long outstanding, long subrogated, string? note, string userId, DateTime nowUtc)
    {
        var text = note?.Trim() ?? "";
        (GuaranteeId, SchemeId, Kind, On, Outstanding, Subrogated, Note, ByUserId, RecordedAt) =
            (g.Id, g.SchemeId, kind, on, outstanding, subrogated, text.Length > 200 ? text[..200] : text, userId, nowUtc);
    }
}

/// <summary>
/// 특례보증 one firm's guarantee: the amount the city backs, the term (≤ 5 years) and the bank. The entity keeps its
/// running balances for display; the ledger rows are the record. A firm has one live application or guarantee per scheme.
/// </summary>
public class Guarantee
{
    public int Id { get; private set; }
    public int SchemeId { get; private set; }
    public int CompanyId { get; private set; }
    public long Amount { get; private set; }
    public int TermMonths { get; private set; }
    public string Bank { get; private set; } = "";
    public string Purpose { get; private set; } = "";
    public GuaranteeStatus Status { get; private set; }
    public DateOnly AppliedOn { get; private set; }
    public DateOnly? ApprovedOn { get; private set; }
    public string? DecisionReason { get; private set; }
    /// <summary>Who approved or refused the application, and when: the decision itself is logged, not only the money it moved.</summary>
    public string? DecidedByUserId { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    public long Outstanding { get; private set; }
    public long Subrogated { get; private set; }
    public long Version { get; private set; }
    public List<GuaranteeEntry> Entries { get; private set; } = [];

    private Guarantee() { }

    public static Guarantee Apply(GuaranteeScheme scheme, int companyId, long amount, int termMonths, string? bank, string? purpose, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (!scheme.RunsIn(today.Year)) errors.Add(new("SchemeId", "지금은 이 특례보증의 신청 기간이 아닙니다."));
        if (amount < 1_000_000) errors.Add(new("Amount", "보증 신청액은 100만 원 이상으로 입력해 주세요."));
        else if (amount > scheme.MaxPerFirm) errors.Add(new("Amount", $"업체당 한도({KoreanFormat.Won(scheme.MaxPerFirm)})를 넘습니다."));
        if (termMonths is < 6 or > GuaranteeScheme.MaxTermMonths) errors.Add(new("TermMonths", "보증 기간은 6~60개월(5년)로 입력해 주세요."));
        if (string.IsNullOrWhiteSpace(bank) || bank.Trim().Length > 30) errors.Add(new("Bank", "대출 은행을 골라 주세요."));
        if (purpose?.Trim().Length > 500) errors.Add(new("Purpose", "자금 용도는 500자 이내로 입력해 주세요."));
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        return new Guarantee
        {
            SchemeId = scheme.Id, CompanyId = companyId, Amount = amount, TermMonths = termMonths, Bank = bank!.Trim(), Purpose = purpose?.Trim() ?? "",
            Status = GuaranteeStatus.Applied, AppliedOn = today,
        };
    }

    /// <summary>승인 within the scheme's limit: <paramref name="approvedSoFar"/> is every amount approved under it until now.</summary>
    public void Approve(GuaranteeScheme scheme, long approvedSoFar, DateOnly today, string userId, DateTime nowUtc)
    {
        if (Status != GuaranteeStatus.Applied) throw new DomainException("심사를 기다리는 신청이 아닙니다. 이미 처리되었을 수 있습니다.");
        if (approvedSoFar + Amount > scheme.TotalLimit)
            throw new DomainException($"총 보증 한도를 넘습니다. 남은 한도는 {KoreanFormat.Won(Math.Max(0, scheme.TotalLimit - approvedSoFar))}입니다.");
        scheme.TouchLimit();
        (Status, ApprovedOn, DecidedByUserId, DecidedAt) = (GuaranteeStatus.Active, today, userId, nowUtc);
        Move(GuaranteeEventKind.Approval, today, Amount, 0, "보증 승인", userId, nowUtc);
    }

    public void Reject(string? reason, string userId, DateTime nowUtc)
    {
        if (Status != GuaranteeStatus.Applied) throw new DomainException("심사를 기다리는 신청이 아닙니다.");
        if (string.IsNullOrWhiteSpace(reason)) throw new ValidationFailedException([new FieldError("Reason", "반려 사유를 입력해 주세요.")]);
        (Status, DecisionReason, DecidedByUserId, DecidedAt) = (GuaranteeStatus.Rejected, reason.Trim()[..Math.Min(reason.Trim().Length, 300)], userId, nowUtc);
        Version++;
    }

    /// <summary>상환: the borrower repaid part of the loan; the last won closes the guarantee.</summary>
    public void Repay(long amount, DateOnly on, string userId, DateTime nowUtc)
    {
        if (Status != GuaranteeStatus.Active) throw new DomainException("보증 중인 건만 상환을 기록할 수 있습니다.");
        if (amount <= 0 || amount > Outstanding) throw new ValidationFailedException([new FieldError("Amount", $"상환액은 1원 이상, 보증 잔액({KoreanFormat.Won(Outstanding)}) 이하로 입력해 주세요.")]);
        Move(GuaranteeEventKind.Repayment, on, -amount, 0, "상환", userId, nowUtc);
        if (Outstanding == 0) Status = GuaranteeStatus.Repaid;
    }

    /// <summary>대위변제: the borrower defaulted and the fund repaid the bank the whole outstanding balance.</summary>
    public void Default(DateOnly on, string? note, string userId, DateTime nowUtc)
    {
        if (Status != GuaranteeStatus.Active) throw new DomainException("보증 중인 건만 대위변제를 기록할 수 있습니다.");
        Status = GuaranteeStatus.Defaulted;
        Move(GuaranteeEventKind.Default, on, -Outstanding, Outstanding, note ?? "대위변제", userId, nowUtc);
    }

    /// <summary>구상 회수: money recovered from the defaulted firm after the fund paid.</summary>
    public void Recover(long amount, DateOnly on, string userId, DateTime nowUtc)
    {
        if (Status != GuaranteeStatus.Defaulted) throw new DomainException("대위변제한 건만 회수를 기록할 수 있습니다.");
        if (amount <= 0 || amount > Subrogated) throw new ValidationFailedException([new FieldError("Amount", $"회수액은 1원 이상, 미회수액({KoreanFormat.Won(Subrogated)}) 이하로 입력해 주세요.")]);
        Move(GuaranteeEventKind.Recovery, on, 0, -amount, "구상 회수", userId, nowUtc);
    }

    private void Move(GuaranteeEventKind kind, DateOnly on, long outstanding, long subrogated, string? note, string userId, DateTime nowUtc)
    {
        if (ApprovedOn is { } approved && on < approved) throw new ValidationFailedException([new FieldError("On", "보증 승인일 이전 날짜는 기록할 수 없습니다.")]);
        Entries.Add(new GuaranteeEntry(this, kind, on, outstanding, subrogated, note, userId, nowUtc));
        (Outstanding, Subrogated) = (Outstanding + outstanding, Subrogated + subrogated);
        Version++;
    }

    public static readonly GuaranteeStatus[] Live = [GuaranteeStatus.Applied, GuaranteeStatus.Active];
}

public static class GuaranteeLabels
{
    public static string Label(this GuaranteeStatus s) => s switch
    {
        GuaranteeStatus.Applied => "심사 중",
        GuaranteeStatus.Rejected => "반려",
        GuaranteeStatus.Active => "보증 중",
        GuaranteeStatus.Repaid => "상환 완료",
        _ => "대위변제",
    };

    public static string Label(this GuaranteeEventKind k) => k switch
    {
        GuaranteeEventKind.Approval => "보증 승인",
        GuaranteeEventKind.Repayment => "상환",
        GuaranteeEventKind.Default => "대위변제",
        _ => "구상 회수",
    };
}
