using Iljari.Core.Domain.Sharing;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Counseling;
using Iljari.Web.Infrastructure.Privacy;
using Iljari.Web.Infrastructure.Sharing;

namespace Iljari.Web.Pages.Staff.Clients;

/// <summary>
/// 민감정보 of one client, for the case's counselor (or the agency admin): the only staff page that decrypts them. Each
/// showing writes a <see cref="AccessActions.SensitiveView"/> row before anything is decrypted; a save writes a change row.
/// </summary>
public class SensitiveModel(AppDbContext db, SensitiveDetailsStore store, AccessLogger accessLog) : PageModel
{
    [BindProperty] public SensitiveForm Input { get; set; } = new();

    public int SeekerProfileId { get; private set; }
    public string ClientName { get; private set; } = "";
    public DateTime? UpdatedAt { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await db.OpenCaseAsync(User, id, ct) is null) return NotFound();
        await accessLog.RecordAsync(id, AccessActions.SensitiveView, "상담 관리 > 민감정보(장애·소득·건강·보훈)", ct);
        Input = SensitiveForm.From(await store.ReadAsync(id, ct));
        await LoadAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await db.OpenCaseAsync(User, id, ct) is null) return NotFound();
        var profile = await db.SeekerProfiles.FirstAsync(p => p.Id == id, ct);
        try
        {
            await store.StageAsync(profile, Input.ToDetails(), User.Id()!, ct);
            await db.SaveChangesAsync(ct);
            await accessLog.RecordAsync(id, AccessActions.SensitiveChange, "상담사가 민감정보를 저장", ct);
            TempData["Notice"] = "민감정보를 암호화하여 저장했습니다.";
            return RedirectToPage(new { id });
        }
        catch (Exception e) when (e.IsUserError())
        {
            ModelState.AddErrors(e, "Input");
            // The typed values are shown again: that is a view of what was entered, logged like one.
            await accessLog.RecordAsync(id, AccessActions.SensitiveView, "민감정보 입력 오류로 다시 표시", ct);
            await LoadAsync(id, ct);
            return Page();
        }
    }

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        SeekerProfileId = id;
        ClientName = await db.SeekerProfiles.Where(p => p.Id == id).Select(p => p.Name).FirstAsync(ct);
        UpdatedAt = await db.SeekerSensitiveRecords.Where(r => r.SeekerProfileId == id).Select(r => (DateTime?)r.UpdatedAt).FirstOrDefaultAsync(ct);
    }
}
