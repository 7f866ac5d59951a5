using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Messages;
using Iljari.Core.Domain.Notifications;
using Iljari.Core.Notifications;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Notifications;

namespace Iljari.Web.Pages.Messages;

/// <summary>One conversation. Not a party to it → 404. Opening it marks the other side's messages read.</summary>
public class ThreadModel(AppDbContext db, TimeProvider time) : PageModel
{
    public MessageThread Thread { get; private set; } = null!;
    public bool IsSeeker { get; private set; }

    [BindProperty] public string? Body { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } thread) return NotFound();
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var m in thread.Messages.Where(m => m.FromSeeker != IsSeeker)) m.MarkRead(now);
        await db.SaveChangesAsync(ct);
        Thread = thread;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } thread) return NotFound();
        try
        {
            var now = time.GetUtcNow().UtcDateTime;
            var message = thread.Post(User.Id()!, IsSeeker, Body, now);
            await NotificationWriter.AddAsync(db, await OtherPartyAsync(thread, ct), NotificationKind.Message, $"새 메시지: {thread.Subject}",
                $"/Messages/Thread/{thread.Id}", $"msg:{thread.Id}:{now.Ticks}:{User.Id()}", now, ct);
            await db.SaveChangesAsync(ct);
            return RedirectToPage(new { id });
        }
        catch (Exception e) when (e.IsUserError())
        {
            // The message's field is "Body", the page's own property, so no prefix.
            if (e is Core.Domain.Common.ValidationFailedException v) foreach (var f in v.Errors) ModelState.AddModelError(f.Field, f.Message);
            else ModelState.AddModelError("", e.Message);
        }
        Thread = thread;
        return Page();
    }

    private async Task<MessageThread?> FindAsync(int id, CancellationToken ct)
    {
        IsSeeker = User.IsInRole(Roles.Seeker);
        var mine = await db.MyThreadsAsync(User, ct);
        return await mine.Include(t => t.Messages.OrderBy(m => m.SentAt)).FirstOrDefaultAsync(t => t.Id == id, ct);
    }

    private async Task<List<string>> OtherPartyAsync(MessageThread t, CancellationToken ct)
    {
        if (!IsSeeker) return [await db.SeekerProfiles.Where(s => s.Id == t.SeekerProfileId).Select(s => s.UserId).FirstAsync(ct)];
        if (t.CompanyId is { } companyId) return await NotificationWriter.UsersOfAsync(db, companyId, ct);
        var counselor = await db.CaseAssignments.Where(c => c.Id == t.CaseAssignmentId).Select(c => c.CounselorUserId).FirstOrDefaultAsync(ct);
        return counselor is null ? [] : [counselor];
    }
}
