namespace Iljari.Core.Domain.Notifications;

/// <summary>
/// 발송 대기열: an e-mail or text message written in the same transaction as the change it reports, then sent by the
/// dispatcher. <see cref="DedupKey"/> is unique, a row is claimed under a lease before sending and marked sent after,
/// so one message is never sent twice by two dispatchers; failures are retried with back-off.
/// </summary>
public class OutboxMessage
{
    public const int MaxAttempts = 8;

    public long Id { get; private set; }
    public NotificationChannel Channel { get; private set; }
    public string UserId { get; private set; } = "";
    /// <summary>E-mail address or phone number.</summary>
    public string Recipient { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string Body { get; private set; } = "";
    public string DedupKey { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public int Attempts { get; private set; }
    public DateTime NextAttemptAt { get; private set; }
    public Guid? LeaseId { get; private set; }
    public DateTime? LeaseUntil { get; private set; }
    public DateTime? SentAt { get; private set; }
    /// <summary>Set when the last attempt failed for good.</summary>
    public DateTime? FailedAt { get; private set; }
    public string? LastError { get; private set; }

    private OutboxMessage() { }

    public OutboxMessage(NotificationChannel channel, string userId, string recipient, string subject, string body, string dedupKey, DateTime nowUtc) =>
        (Channel, UserId, Recipient, Subject, Body, DedupKey, CreatedAt, NextAttemptAt) =
        (channel, userId, recipient, subject.Length > 200 ? subject[..200] : subject, body, dedupKey, nowUtc, nowUtc);

    /// <summary>Exponential back-off: 1, 2, 4 … minutes, at most 2 hours.</summary>
    public static TimeSpan Backoff(int attempts) => TimeSpan.FromMinutes(Math.Min(120, Math.Pow(2, Math.Max(0, attempts - 1))));
}
