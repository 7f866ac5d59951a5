using System.Security.Claims;

namespace Iljari.Web.Infrastructure.Notifications;

/// <summary>The unread count beside 알림 in the header, on every signed-in page view (kept briefly: <see cref="BadgeCache"/>).</summary>
public sealed class NotificationBadge(AppDbContext db, BadgeCache cache)
{
    public async Task<int> UnreadAsync(ClaimsPrincipal user) =>
        user.Id() is { } id ? await cache.GetAsync(id, () => db.Notifications.CountAsync(n => n.UserId == id && n.ReadAt == null)) : 0;
}
