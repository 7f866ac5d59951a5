using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Sharing;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Sharing;

namespace Iljari.Web.Pages.Seeker;

/// <summary>정보 제공 동의: the seeker decides which agencies see which items for how long, and withdraws at any time.</summary>
public class ConsentsModel(AppDbContext db, TimeProvider time) : PageModel
{
    [BindProperty] public ConsentForm Consent { get; set; } = new();

    public bool HasProfile { get; private set; }
    public IReadOnlyList<SharingConsent> Consents { get; private set; } = [];
    public IReadOnlyList<Agency> Agencies { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostGiveAsync(CancellationToken ct)
    {
        var profileId = await db.SeekerProfileIdAsync(User, ct);
        if (profileId is null) return RedirectToPage("/Seeker/EditProfile");
        ModelState.Clear();
        try
        {
            await Consent.KeepKnownAgenciesAsync(db, ct);
            db.SharingConsents.Add(Consent.ToConsent(profileId.Value, ConsentMethod.App, null, User.Id()!, KoreanFormat.TodayInKorea(time), time.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(ct);
            TempData["Notice"] = "정보 제공에 동의했습니다. 선택한 기관이 동의한 항목을 볼 수 있습니다.";
            return RedirectToPage();
        }
        catch (Exception e) when (e.IsUserError())
        {
            ModelState.AddErrors(e, "Consent");
        }
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Withdrawal takes effect at once: the next request of the other agency is refused.</summary>
    public async Task<IActionResult> OnPostWithdrawAsync(int consentId, CancellationToken ct)
    {
        var profileId = await db.SeekerProfileIdAsync(User, ct);
        var consent = await db.SharingConsents.FirstOrDefaultAsync(c => c.Id == consentId && c.SeekerProfileId == profileId, ct);
        if (consent is null) return NotFound();
        try
        {
            consent.Withdraw(User.Id()!, time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
            TempData["Notice"] = "동의를 철회했습니다. 지금부터 해당 기관은 내 정보를 볼 수 없습니다.";
        }
        catch (DomainException e)
        {
            TempData["Error"] = e.Message;
        }
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Today = KoreanFormat.TodayInKorea(time);
        Agencies = await ConsentForm.RecipientsAsync(db, ct);
        var profileId = await db.SeekerProfileIdAsync(User, ct);
        HasProfile = profileId is not null;
        Consents = profileId is null ? [] : await db.SharingConsents.AsNoTracking().Where(c => c.SeekerProfileId == profileId).OrderByDescending(c => c.CreatedAt).ToListAsync(ct);
    }
}
