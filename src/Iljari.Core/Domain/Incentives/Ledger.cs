using Iljari.Core.Domain.Common;

namespace Iljari.Core.Domain.Incentives;

/// <summary>
/// The ledger's accounts. Money flows 시 재원 (CityFunds) → 예산 잔액 (Budget) → 지급 약정 (Committed) → 지급 완료 (Paid).
/// Amounts are signed: positive is a debit (money arriving in the account), negative a credit.
/// </summary>
public enum LedgerAccount { CityFunds, Budget, Committed, Paid }

/// <summary>배정, 약정 (on approval), 지급 (in a batch), 환수 (a payment taken back to the budget).</summary>
public enum LedgerKind { Allocation, Commitment, Payment, Reversal }

public class LedgerEntry
{
    public int Id { get; private set; }
    public int TransactionId { get; private set; }
    public LedgerAccount Account { get; private set; }
    public long Amount { get; private set; }

    private LedgerEntry() { }

    internal LedgerEntry(LedgerAccount account, long amount) => (Account, Amount) = (account, amount);
}

/// <summary>
/// One balanced movement of a scheme's money (the entries sum to zero), never edited or deleted: a mistake is undone by
/// a reversal. The database allows one payment per claim and one reversal per transaction (unique indexes), so a
/// double click or fifty racing requests still pay once.
/// </summary>
public class LedgerTransaction
{
    public int Id { get; private set; }
    public int SchemeId { get; private set; }
    public LedgerKind Kind { get; private set; }
    public int? ClaimId { get; private set; }
    public int? BatchId { get; private set; }
    public int? ReversesTransactionId { get; private set; }
    public string Memo { get; private set; } = "";
    public string CreatedByUserId { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public List<LedgerEntry> Entries { get; private set; } = [];

    private LedgerTransaction() { }

    private static LedgerTransaction Balanced(IncentiveScheme scheme, LedgerKind kind, string memo, string userId, DateTime nowUtc, params LedgerEntry[] entries)
    {
        if (entries.Sum(e => e.Amount) != 0) throw new InvalidOperationException("A ledger transaction must balance.");
        scheme.TouchLedger();
        return new LedgerTransaction { SchemeId = scheme.Id, Kind = kind, Memo = memo, CreatedByUserId = userId, CreatedAt = nowUtc, Entries = [.. entries] };
    }

    /// <summary>예산 배정 (or, negative, 감액): never below what is still unspent.</summary>
    public static LedgerTransaction Allocate(IncentiveScheme scheme, long amount, long budgetBalance, string? memo, string userId, DateTime nowUtc)
    {
        if (amount == 0 || Math.Abs(amount) > 100_000_000_000) throw new ValidationFailedException([new FieldError("Amount", "배정액을 확인해 주세요.")]);
        if (budgetBalance + amount < 0) throw new DomainException($"감액할 수 있는 예산은 {KoreanFormat.Won(budgetBalance)}입니다.");
        return Balanced(scheme, LedgerKind.Allocation, MemoOr(memo, amount > 0 ? "예산 배정" : "예산 감액"), userId, nowUtc,
            new(LedgerAccount.Budget, amount), new(LedgerAccount.CityFunds, -amount));
    }

    /// <summary>지급 약정 on approval: the claim's amount leaves the budget, which may not go below zero.</summary>
    public static LedgerTransaction Commit(IncentiveScheme scheme, IncentiveClaim claim, long budgetBalance, string userId, DateTime nowUtc)
    {
        if (budgetBalance < claim.Amount)
            throw new DomainException($"예산 잔액({KoreanFormat.Won(budgetBalance)})이 청구액({KoreanFormat.Won(claim.Amount)})보다 적어 승인할 수 없습니다.");
        var tx = Balanced(scheme, LedgerKind.Commitment, $"청구 #{claim.Id} 승인", userId, nowUtc,
            new(LedgerAccount.Committed, claim.Amount), new(LedgerAccount.Budget, -claim.Amount));
        tx.ClaimId = claim.Id;
        return tx;
    }

    public static LedgerTransaction Pay(IncentiveScheme scheme, IncentiveClaim claim, int batchId, string userId, DateTime nowUtc)
    {
        var tx = Balanced(scheme, LedgerKind.Payment, $"청구 #{claim.Id} 지급 (묶음 #{batchId})", userId, nowUtc,
            new(LedgerAccount.Paid, claim.Amount), new(LedgerAccount.Committed, -claim.Amount));
        (tx.ClaimId, tx.BatchId) = (claim.Id, batchId);
        return tx;
    }

    /// <summary>환수: a payment taken back; the money returns to the budget.</summary>
    public static LedgerTransaction Reverse(IncentiveScheme scheme, LedgerTransaction payment, string reason, string userId, DateTime nowUtc)
    {
        if (payment.Kind != LedgerKind.Payment) throw new DomainException("지급 거래만 환수할 수 있습니다.");
        var amount = payment.Entries.Single(e => e.Account == LedgerAccount.Paid).Amount;
        var tx = Balanced(scheme, LedgerKind.Reversal, MemoOr(reason, "환수"), userId, nowUtc,
            new(LedgerAccount.Budget, amount), new(LedgerAccount.Paid, -amount));
        (tx.ClaimId, tx.ReversesTransactionId) = (payment.ClaimId, payment.Id);
        return tx;
    }

    private static string MemoOr(string? memo, string fallback) => string.IsNullOrWhiteSpace(memo) ? fallback : memo.Trim()[..Math.Min(memo.Trim().Length, 200)];
}

/// <summary>Balances are always derived from the entries, never stored.</summary>
public sealed record LedgerBalances(long Allocated, long Available, long Committed, long Paid)
{
    public static LedgerBalances From(IEnumerable<(LedgerAccount Account, long Amount)> sums)
    {
        var d = sums.GroupBy(s => s.Account).ToDictionary(g => g.Key, g => g.Sum(s => s.Amount));
        return new(-d.GetValueOrDefault(LedgerAccount.CityFunds), d.GetValueOrDefault(LedgerAccount.Budget),
            d.GetValueOrDefault(LedgerAccount.Committed), d.GetValueOrDefault(LedgerAccount.Paid));
    }
}

public static class LedgerLabels
{
    public static string Label(this LedgerKind k) => k switch
    {
        LedgerKind.Allocation => "예산 배정",
        LedgerKind.Commitment => "지급 약정",
        LedgerKind.Payment => "지급",
        _ => "환수",
    };

    public static string Label(this LedgerAccount a) => a switch
    {
        LedgerAccount.CityFunds => "시 재원",
        LedgerAccount.Budget => "예산 잔액",
        LedgerAccount.Committed => "지급 약정",
        _ => "지급 완료",
    };
}
