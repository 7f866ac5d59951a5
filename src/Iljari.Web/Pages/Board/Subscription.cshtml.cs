using Iljari.Core.Domain.Board;
using Iljari.Core.Domain.Codes;
using Iljari.Web.Infrastructure;

namespace Iljari.Web.Pages.Board;

/// <summary>구독 설정: which board notices to be told about, by kind, group and 구 (none chosen = all). Off removes it.</summary>
[Authorize]
public class SubscriptionModel(AppDbContext db) : PageModel
{
    [BindProperty] public List<NoticeKind> Kinds { get; set; } = [];
    [BindProperty] public List<string> Groups { get; set; } = [];
    [BindProperty] public List<string> Districts { get; set; } = [];
    public bool Subscribed { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var s = await db.NoticeSubscriptions.AsNoTracking().FirstOrDefaultAsync(x => x.UserId == User.Id(), ct);
        Subscribed = s is not null;
        if (s is not null) (Kinds, Groups, Districts) = (s.Kinds, s.Groups, s.Districts);
    }

    public async Task<IActionResult> OnPostAsync(bool unsubscribe, CancellationToken ct)
    {
        var userId = User.Id()!;
        var s = await db.NoticeSubscriptions.FirstOrDefaultAsync(x => x.UserId == userId, ct);
        if (unsubscribe)
        {
            if (s is not null) db.NoticeSubscriptions.Remove(s);
            await db.SaveChangesAsync(ct);
            TempData["Notice"] = "구독을 해지했습니다.";
            return RedirectToPage();
        }
        var gus = ReferenceCatalog.Instance.Regions.AtLevel("gu").Select(g => g.Code).ToHashSet();
        if (s is null) db.NoticeSubscriptions.Add(s = new NoticeSubscription { UserId = userId });
        s.Kinds = Kinds.Distinct().ToList();
        s.Groups = Groups.Where(g => g is not null && TargetGroups.All.ContainsKey(g)).Distinct().ToList();
        s.Districts = Districts.Where(d => d is not null && gus.Contains(d)).Distinct().ToList();
        await db.SaveChangesAsync(ct);
        TempData["Notice"] = "구독 설정을 저장했습니다. 새 글이 올라오면 알림으로 알려 드립니다.";
        return RedirectToPage();
    }
}
