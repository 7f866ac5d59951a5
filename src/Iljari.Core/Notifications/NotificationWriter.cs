using Iljari.Core.Data;
using Iljari.Core.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Iljari.Core.Notifications;

/// <summary>
/// Adds an in-app notification and the e-mail/SMS outbox rows for users, honouring each user's per-kind choices. It only
/// adds to the context: the caller's SaveChanges writes them in the same transaction as the change they report
/// (transactional outbox), so a rolled-back change never notifies and a saved one always does.
/// </summary>
public static class NotificationWriter
{
    public sealed record Recipient(string UserId, string? Email, string? Phone);

    /// <param name="eventKey">Identifies the event (e.g. "app:12:Hired"); with the user and channel it is the outbox's unique key.</param>
    public static async Task AddAsync(AppDbContext db, IReadOnlyCollection<string> userIds, NotificationKind kind, string title, string? link,
        string eventKey, DateTime nowUtc, CancellationToken ct)
    {
        if (userIds.Count == 0) return;
        var recipients = await RecipientsAsync(db, userIds, ct);
        var choices = await db.NotificationPreferences.AsNoTracking()
            .Where(p => userIds.Contains(p.UserId) && p.Kind == kind).ToDictionaryAsync(p => p.UserId, ct);
        foreach (var r in recipients)
        {
            var pref = choices.GetValueOrDefault(r.UserId) ?? NotificationDefaults.For(r.UserId, kind);
            if (pref.InApp) db.Notifications.Add(new Notification(r.UserId, kind, title, link, nowUtc));
            var body = $"{title}\n\n{(link is null ? "" : "자세히 보기: " + link + "\n")}\n알림 설정은 ‘알림 > 알림 설정’에서 바꿀 수 있습니다.\n고양 일자리 통합지원시스템";
            if (pref.Email && !string.IsNullOrEmpty(r.Email))
                db.Outbox.Add(new OutboxMessage(NotificationChannel.Email, r.UserId, r.Email, "[고양 일자리] " + title, body, Key(eventKey, r.UserId, "e"), nowUtc));
            if (pref.Sms && !string.IsNullOrEmpty(r.Phone))
                db.Outbox.Add(new OutboxMessage(NotificationChannel.Sms, r.UserId, r.Phone, title, "[고양일자리] " + title, Key(eventKey, r.UserId, "s"), nowUtc));
        }
    }

    public static Task AddAsync(AppDbContext db, string userId, NotificationKind kind, string title, string? link, string eventKey, DateTime nowUtc, CancellationToken ct) =>
        AddAsync(db, [userId], kind, title, link, eventKey, nowUtc, ct);

    /// <summary>Tells every subscriber whose kinds, groups and 구 match the notice (not its author).</summary>
    public static async Task<int> NotifySubscribersAsync(AppDbContext db, Domain.Board.Notice notice, string title, string link, string eventKey, CancellationToken ct)
    {
        // Subscriptions are few per user and filtered in memory; at city scale this is a few thousand rows.
        var users = (await db.NoticeSubscriptions.AsNoTracking().ToListAsync(ct))
            .Where(s => s.UserId != notice.AuthorUserId && notice.Matches(s)).Select(s => s.UserId).ToList();
        await AddAsync(db, users, NotificationKind.Notice, title, link, eventKey, notice.PublishedAt, ct);
        return users.Count;
    }

    /// <summary>Every user of an organisation (a company's employer accounts, or an agency's staff).</summary>
    public static Task<List<string>> UsersOfAsync(AppDbContext db, int organisationId, CancellationToken ct) =>
        db.Users.Where(u => u.OrganisationId == organisationId).Select(u => u.Id).ToListAsync(ct);

    private static async Task<List<Recipient>> RecipientsAsync(AppDbContext db, IReadOnlyCollection<string> userIds, CancellationToken ct)
    {
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Email, u.PhoneNumber }).ToListAsync(ct);
        // Seekers keep their phone on the profile rather than the account.
        var phones = await db.SeekerProfiles.AsNoTracking().Where(p => userIds.Contains(p.UserId))
            .Select(p => new { p.UserId, p.Phone }).ToDictionaryAsync(p => p.UserId, p => p.Phone, ct);
        return users.Select(u => new Recipient(u.Id, u.Email, u.PhoneNumber ?? phones.GetValueOrDefault(u.Id))).ToList();
    }

    private static string Key(string eventKey, string userId, string channel)
    {
        var key = $"{eventKey}|{userId}|{channel}";
        return key.Length <= 120 ? key : Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)));
    }
}
