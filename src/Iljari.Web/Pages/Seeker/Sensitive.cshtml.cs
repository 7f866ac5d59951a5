using Iljari.Core.Domain.Sharing;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Privacy;
using Iljari.Web.Infrastructure.Sharing;

namespace Iljari.Web.Pages.Seeker;

/// <summary>
/// 민감정보 (선택): the seeker enters or changes their own 장애·소득·건강·보훈 details. The page decrypts them, so each
/// showing writes an access-log row like a staff view does — the seeker sees those rows on /Seeker/MyData.
/// </summary>
public class SensitiveModel(AppDbContext db, SensitiveDetailsStore store, AccessLogger accessLog) : PageModel
{
    [BindProperty] public SensitiveForm Input { get; set; } = new();

    public bool HasProfile { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await db.SeekerProfileIdAsync(User, ct) is not { } profileId) return Page();
        HasProfile = true;
        if (await store.ExistsAsync(profileId, ct))
        {
            await accessLog.RecordAsync(profileId, AccessActions.SensitiveView, "본인 민감정보 화면", ct);
            Input = SensitiveForm.From(await store.ReadAsync(profileId, ct));
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var profile = await db.SeekerProfiles.FirstOrDefaultAsync(p => p.UserId == User.Id(), ct);
        if (profile is null) return RedirectToPage("/Seeker/EditProfile");
        HasProfile = true;
        try
        {
            await store.StageAsync(profile, Input.ToDetails(), User.Id()!, ct);
            await db.SaveChangesAsync(ct);
            await accessLog.RecordAsync(profile.Id, AccessActions.SensitiveChange, "본인이 민감정보를 저장", ct);
            TempData["Notice"] = "민감정보를 암호화하여 저장했습니다.";
            return RedirectToPage();
        }
        catch (Exception e) when (e.IsUserError())
        {
            ModelState.AddErrors(e, "Input");
            return Page();
        }
    }
}
