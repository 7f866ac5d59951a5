using Iljari.Core.Domain.Notifications;
using Iljari.Web.Infrastructure;

namespace Iljari.Web.Pages.Notifications;

/// <summary>알림 설정: per kind, in-app, e-mail and text message on or off.</summary>
public class SettingsModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<NotificationPreference> Preferences { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var saved = await db.NotificationPreferences.AsNoTracking().Where(p => p.UserId == User.Id()).ToDictionaryAsync(p => p.Kind, ct);
        Preferences = Enum.GetValues<NotificationKind>().Select(k => saved.GetValueOrDefault(k) ?? NotificationDefaults.For(User.Id()!, k)).ToList();
    }

    /// <summary>The form posts the checked boxes as "Kind:Channel"; every kind gets a row, so unchecked means off.</summary>
    public async Task<IActionResult> OnPostAsync(string[] on, CancellationToken ct)
    {
        var userId = User.Id()!;
        var chosen = on.ToHashSet();
        var saved = await db.NotificationPreferences.Where(p => p.UserId == userId).ToDictionaryAsync(p => p.Kind, ct);
        foreach (var kind in Enum.GetValues<NotificationKind>())
        {
            if (!saved.TryGetValue(kind, out var p)) db.NotificationPreferences.Add(p = new NotificationPreference { UserId = userId, Kind = kind });
            p.InApp = chosen.Contains($"{kind}:{NotificationChannel.InApp}");
            p.Email = chosen.Contains($"{kind}:{NotificationChannel.Email}");
            p.Sms = chosen.Contains($"{kind}:{NotificationChannel.Sms}");
        }
        await db.SaveChangesAsync(ct);
        TempData["Notice"] = "알림 설정을 저장했습니다.";
        return RedirectToPage();
    }
}
