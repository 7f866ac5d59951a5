namespace Iljari.Core.Domain.Notifications;

/// <summary>What a notification is about; users opt out per kind and channel.</summary>
public enum NotificationKind { Application, Proposal, Referral, NewMatch, Notice, Message, Counseling, Security }

public enum NotificationChannel { InApp, Email, Sms }

/// <summary>An in-app notification (알림) for one user.</summary>
public class Notification
{
    public long Id { get; private set; }
    public string UserId { get; private set; } = "";
    public NotificationKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public string? Link { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? ReadAt { get; private set; }

    private Notification() { }

    public Notification(string userId, NotificationKind kind, string title, string? link, DateTime nowUtc) =>
        (UserId, Kind, Title, Link, CreatedAt) = (userId, kind, title.Length > 200 ? title[..200] : title, link, nowUtc);

    public void MarkRead(DateTime nowUtc) => ReadAt ??= nowUtc;
}

/// <summary>A user's choice for one kind; without a row the defaults of <see cref="NotificationDefaults"/> apply.</summary>
public class NotificationPreference
{
    public string UserId { get; set; } = "";
    public NotificationKind Kind { get; set; }
    public bool InApp { get; set; }
    public bool Email { get; set; }
    public bool Sms { get; set; }
}

public static class NotificationDefaults
{
    /// <summary>In-app and e-mail are on; text messages cost the city money, so only proposals and appointments send one unasked.</summary>
    public static NotificationPreference For(string userId, NotificationKind kind) => new()
    {
        UserId = userId, Kind = kind, InApp = true, Email = true,
        Sms = kind is NotificationKind.Proposal or NotificationKind.Counseling,
    };
}

public static class NotificationLabels
{
    public static string Label(this NotificationKind k) => k switch
    {
        NotificationKind.Application => "지원 상태 변경",
        NotificationKind.Proposal => "면접 제안",
        NotificationKind.Referral => "알선·기관 연계",
        NotificationKind.NewMatch => "새 추천 일자리",
        NotificationKind.Notice => "구독한 정보공유 게시글",
        NotificationKind.Message => "새 메시지",
        NotificationKind.Security => "개인정보 접속 이상 징후",
        _ => "상담 일정·계획",
    };

    public static string Label(this NotificationChannel c) => c switch
    {
        NotificationChannel.InApp => "앱 알림",
        NotificationChannel.Email => "이메일",
        _ => "문자",
    };
}
