using Iljari.Core.Domain.Notifications;

namespace Iljari.Web.Infrastructure.Notifications;

/// <summary>After a committed save that added, read or removed notifications, their accounts' cached counts are dropped.</summary>
public sealed class BadgeCacheInterceptor(BadgeCache badges) : AfterSaveInterceptor<List<string>>
{
    protected override List<string>? Collect(DbContext context)
    {
        var users = context.ChangeTracker.Entries<Notification>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity.UserId).Distinct().ToList();
        return users.Count == 0 ? null : users;
    }

    protected override void AfterSave(DbContext context, List<string> users)
    {
        foreach (var user in users) badges.Forget(user);
    }
}
