using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Notifications;

namespace Iljari.Web.Pages.Messages;

/// <summary>메시지함: the caller's conversations, newest first, with unread counts.</summary>
public class IndexModel(AppDbContext db) : PageModel
{
    public sealed record Row(int Id, string Subject, DateTime LastMessageAt, int Unread);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var threads = await db.MyThreadsAsync(User, ct);
        var fromSeeker = User.IsInRole(Core.Domain.Accounts.Roles.Seeker);
        Rows = await threads.OrderByDescending(t => t.LastMessageAt).Take(100)
            .Select(t => new Row(t.Id, t.Subject, t.LastMessageAt, t.Messages.Count(m => m.ReadAt == null && m.FromSeeker != fromSeeker)))
            .ToListAsync(ct);
    }
}
