using Iljari.Core.Domain.Common;

namespace Iljari.Core.Domain.Messages;

/// <summary>
/// 메시지 대화: a seeker with the company of one application, or a seeker with their counselor (one case). Only the two
/// parties read it: the seeker, and the company's users or the case's counselor. Other staff cannot.
/// </summary>
public class MessageThread
{
    public int Id { get; private set; }
    public int SeekerProfileId { get; private set; }
    /// <summary>Set for a thread about an application; the other party is the company.</summary>
    public int? JobApplicationId { get; private set; }
    public int? CompanyId { get; private set; }
    /// <summary>Set for a thread with a counselor; the other party is the case's counselor.</summary>
    public int? CaseAssignmentId { get; private set; }
    public string Subject { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime LastMessageAt { get; private set; }
    public List<Message> Messages { get; private set; } = [];

    private MessageThread() { }

    public static MessageThread ForApplication(int seekerProfileId, int applicationId, int companyId, string subject, DateTime nowUtc) =>
        new() { SeekerProfileId = seekerProfileId, JobApplicationId = applicationId, CompanyId = companyId, Subject = subject, CreatedAt = nowUtc, LastMessageAt = nowUtc };

    public static MessageThread ForCase(int seekerProfileId, int caseAssignmentId, string subject, DateTime nowUtc) =>
        new() { SeekerProfileId = seekerProfileId, CaseAssignmentId = caseAssignmentId, Subject = subject, CreatedAt = nowUtc, LastMessageAt = nowUtc };

    public Message Post(string senderUserId, bool fromSeeker, string? body, DateTime nowUtc)
    {
        var text = body?.Trim() ?? "";
        if (text.Length == 0) throw new ValidationFailedException([new FieldError("Body", "메시지를 입력해 주세요.")]);
        if (text.Length > 2000) throw new ValidationFailedException([new FieldError("Body", "메시지는 2,000자 이내로 입력해 주세요.")]);
        var message = new Message(senderUserId, fromSeeker, text, nowUtc);
        Messages.Add(message);
        LastMessageAt = nowUtc;
        return message;
    }
}

public class Message
{
    public long Id { get; private set; }
    public int MessageThreadId { get; private set; }
    public string SenderUserId { get; private set; } = "";
    public bool FromSeeker { get; private set; }
    public string Body { get; private set; } = "";
    public DateTime SentAt { get; private set; }
    public DateTime? ReadAt { get; private set; }

    private Message() { }

    public Message(string senderUserId, bool fromSeeker, string body, DateTime sentAt) =>
        (SenderUserId, FromSeeker, Body, SentAt) = (senderUserId, fromSeeker, body, sentAt);

    public void MarkRead(DateTime nowUtc) => ReadAt ??= nowUtc;
}
