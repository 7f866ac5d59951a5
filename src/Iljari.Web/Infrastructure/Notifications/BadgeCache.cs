using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Iljari.Web.Infrastructure.Notifications;

public sealed class BadgeOptions
{
    /// <summary>How long an unread count is reused; 0 counts on every page view.</summary>
    public int BadgeSeconds { get; set; } = 10;
}

/// <summary>
/// Unread counts per account, reused for a few seconds. The count was the only query of a signed-in page such as the
/// home page, and on PostgreSQL its round trip cost three times the rest of the page under load (docs/benchmarks.md,
/// "Load"). This instance forgets a count as soon as a save adds or reads one of that account's notifications
/// (<see cref="BadgeCacheInterceptor"/>); a notification written by another instance or process shows within the lifetime.
/// </summary>
public sealed class BadgeCache(IMemoryCache cache, IOptions<BadgeOptions> options)
{
    private readonly TimeSpan _lifetime = TimeSpan.FromSeconds(Math.Max(0, options.Value.BadgeSeconds));

    public async Task<int> GetAsync(string userId, Func<Task<int>> count)
    {
        if (_lifetime == TimeSpan.Zero) return await count();
        if (cache.TryGetValue(Key(userId), out int known)) return known;
        var fresh = await count();
        cache.Set(Key(userId), fresh, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = _lifetime, Size = 1 });
        return fresh;
    }

    public void Forget(string userId) => cache.Remove(Key(userId));

    private static string Key(string userId) => "badge:" + userId;
}
