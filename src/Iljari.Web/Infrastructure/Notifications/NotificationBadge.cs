using System.Security.Claims;

namespace Iljari.Web.Infrastructure.Notifications;

/// <summary>The unread count beside 알림 in the header (one indexed count per page view).</summary>
public sealed class NotificationBadge(AppDbContext db)
{
    public Task<int> UnreadAsync(ClaimsPrincipal user) =>
        user.Id() is { } id ? db.Notifications.CountAsync(n => n.UserId == id && n.ReadAt == null) : Task.FromResult(0);
}
