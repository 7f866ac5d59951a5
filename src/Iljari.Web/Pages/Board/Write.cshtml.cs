using Iljari.Core.Domain.Board;
using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Notifications;
using Iljari.Core.Notifications;
using Iljari.Web.Infrastructure;

namespace Iljari.Web.Pages.Board;

/// <summary>글쓰기 for member organisations (agency staff, employers). Publishing tells every matching subscriber.</summary>
[Authorize(Policy = Policies.BoardAuthor)]
public class WriteModel(AppDbContext db, TimeProvider time) : PageModel
{
    public sealed class NoticeForm
    {
        public NoticeKind Kind { get; set; } = NoticeKind.Jobs;
        public string? Title { get; set; }
        public string? Body { get; set; }
        public List<string> Groups { get; set; } = [];
        public List<string> Districts { get; set; } = [];
    }

    [BindProperty] public NoticeForm Input { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await db.OrganisationIdAsync(User, ct) is not { } organisationId) return Forbid();
        var districts = ReferenceCatalog.Instance.Regions.AtLevel("gu").Select(g => g.Code).ToHashSet();
        Notice notice;
        try
        {
            notice = Notice.Publish(organisationId, User.Id()!, Input.Kind, Input.Title, Input.Body, Input.Groups, Input.Districts, districts, time.GetUtcNow().UtcDateTime);
        }
        catch (Exception e) when (e.IsUserError())
        {
            ModelState.AddErrors(e, "Input");
            return Page();
        }
        // The notice needs its id for the link, so two saves, in one transaction: both or neither (ADR 0004).
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Notices.Add(notice);
        await db.SaveChangesAsync(ct);
        var subscribers = await NotificationWriter.NotifySubscribersAsync(db, notice, $"[{notice.Kind.Label()}] {notice.Title}", $"/Board/Detail/{notice.Id}", $"notice:{notice.Id}", ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        TempData["Notice"] = subscribers > 0 ? $"게시했습니다. 구독자 {subscribers:N0}명에게 알렸습니다." : "게시했습니다.";
        return RedirectToPage("/Board/Detail", new { id = notice.Id });
    }
}
