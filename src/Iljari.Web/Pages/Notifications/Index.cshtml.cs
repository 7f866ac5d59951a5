using Iljari.Core.Domain.Notifications;
using Iljari.Web.Infrastructure;

namespace Iljari.Web.Pages.Notifications;

/// <summary>알림: the caller's notifications, newest first, 20 a page; opening one marks it read.</summary>
public class IndexModel(AppDbContext db, TimeProvider time, Infrastructure.Notifications.BadgeCache badges) : PageModel
{
    private const int PageSize = 20;

    public IReadOnlyList<Notification> Items { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery] int page = 1, CancellationToken ct = default)
    {
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == User.Id());
        var total = await mine.CountAsync(ct);
        page = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        Items = await mine.OrderByDescending(n => n.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        Pager = new Pager(page, PageSize, total, "/Notifications", Request.Query);
    }

    /// <summary>Marks it read and follows its link (only the site's own paths, never an outside address).</summary>
    public async Task<IActionResult> OnPostOpenAsync(long id, CancellationToken ct)
    {
        var n = await db.Notifications.FirstOrDefaultAsync(x => x.Id == id && x.UserId == User.Id(), ct);
        if (n is null) return NotFound();
        n.MarkRead(time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return n.Link is { } link && Url.IsLocalUrl(link) ? LocalRedirect(link) : RedirectToPage();
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await db.Notifications.Where(n => n.UserId == User.Id() && n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
        badges.Forget(User.Id()!); // a bulk update passes the change tracker, so the interceptor does not see it
        return RedirectToPage();
    }
}
