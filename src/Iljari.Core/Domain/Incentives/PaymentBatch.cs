using Iljari.Core.Domain.Common;

namespace Iljari.Core.Domain.Incentives;

public enum BatchStatus { Draft, Paid }

/// <summary>
/// 지급 묶음: approved claims the city admin pays together (one bank-transfer file). Draft until 지급 승인; then every
/// claim in it is paid in the ledger in one database transaction. <see cref="Version"/> is a concurrency token, so of
/// many concurrent 지급 승인 clicks exactly one pays.
/// </summary>
public class PaymentBatch
{
    public int Id { get; private set; }
    public int SchemeId { get; private set; }
    public BatchStatus Status { get; private set; }
    public string CreatedByUserId { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public string? PaidByUserId { get; private set; }
    public DateTime? PaidAt { get; private set; }
    public long Version { get; private set; }

    private PaymentBatch() { }

    public static PaymentBatch Open(int schemeId, string userId, DateTime nowUtc) =>
        new() { SchemeId = schemeId, Status = BatchStatus.Draft, CreatedByUserId = userId, CreatedAt = nowUtc };

    public void MarkPaid(string userId, DateTime nowUtc)
    {
        if (Status != BatchStatus.Draft) throw new DomainException("이미 지급된 묶음입니다.");
        (Status, PaidByUserId, PaidAt) = (BatchStatus.Paid, userId, nowUtc);
        Version++;
    }

    public static string Label(BatchStatus s) => s == BatchStatus.Draft ? "지급 대기" : "지급 완료";
}
