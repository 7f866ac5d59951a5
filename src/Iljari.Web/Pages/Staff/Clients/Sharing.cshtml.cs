using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Notifications;
using Iljari.Core.Domain.Seekers;
using Iljari.Core.Domain.Sharing;
using Iljari.Core.Notifications;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Counseling;
using Iljari.Web.Infrastructure.Sharing;

namespace Iljari.Web.Pages.Staff.Clients;

/// <summary>
/// A client's consents to share with other agencies (the seeker's own, or a signed paper form the counselor records)
/// and 기관 간 연계: sending the client to another agency and seeing the outcome.
/// </summary>
public class SharingModel(AppDbContext db, TimeProvider time, AccessLogger accessLog, UploadedFiles files) : PageModel
{
    public const string PaperArea = "consents";

    public sealed class ReferralForm
    {
        public int? ToAgencyId { get; set; }
        public string? Note { get; set; }
    }

    public sealed record ReferralRow(AgencyReferral Referral, string ToAgency);

    [BindProperty] public ConsentForm Consent { get; set; } = new();
    [BindProperty] public ReferralForm Referral { get; set; } = new();

    public SeekerProfile Client { get; private set; } = null!;
    public IReadOnlyList<SharingConsent> Consents { get; private set; } = [];
    public IReadOnlyList<ReferralRow> Referrals { get; private set; } = [];
    public IReadOnlyList<Agency> Agencies { get; private set; } = [];
    public int OwnAgencyId { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await db.OpenCaseAsync(User, id, ct) is null) return NotFound();
        await LoadAsync(id, ct);
        return Page();
    }

    /// <summary>Records consent given on paper; the signed form is kept as evidence.</summary>
    public async Task<IActionResult> OnPostConsentAsync(int id, IFormFile? paperForm, CancellationToken ct)
    {
        if (await db.OpenCaseAsync(User, id, ct) is null) return NotFound();
        ModelState.Clear();
        try
        {
            var today = KoreanFormat.TodayInKorea(time);
            await Consent.KeepKnownAgenciesAsync(db, ct);
            // Validate the fields before storing a file for a consent that would be refused anyway.
            Consent.ToConsent(id, ConsentMethod.App, null, User.Id()!, today, time.GetUtcNow().UtcDateTime);
            var stored = await files.SaveAsync(paperForm, PaperArea, "PaperForm", ct);
            db.SharingConsents.Add(Consent.ToConsent(id, ConsentMethod.Paper, stored, User.Id()!, today, time.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(ct);
            TempData["Notice"] = "서면 동의를 등록했습니다.";
            return RedirectToPage(new { id });
        }
        catch (Exception e) when (e.IsUserError())
        {
            db.ChangeTracker.Clear();
            ModelState.AddErrors(e, "Consent");
        }
        await LoadAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostReferAsync(int id, CancellationToken ct)
    {
        if (await db.OpenCaseAsync(User, id, ct) is not { } c) return NotFound();
        ModelState.Clear();
        try
        {
            if (Referral.ToAgencyId is not { } to || !await db.Agencies.AnyAsync(a => a.Id == to && !a.IsCityOffice, ct))
                throw new ValidationFailedException([new("ToAgencyId", "연계할 기관을 골라 주세요.")]);
            var today = KoreanFormat.TodayInKorea(time);
            var now = time.GetUtcNow().UtcDateTime;
            var consent = await db.SharingConsents.Where(x => x.SeekerProfileId == id).LiveFor(to, today).OrderByDescending(x => x.ValidUntil).FirstOrDefaultAsync(ct);
            db.AgencyReferrals.Add(AgencyReferral.Send(id, c.AgencyId, User.Id()!, to, consent, Referral.Note, today, now));
            var staff = await NotificationWriter.UsersOfAsync(db, to, ct);
            await NotificationWriter.AddAsync(db, staff, NotificationKind.Referral, "다른 기관에서 구직자 연계를 요청했습니다.", "/Staff/Shared", $"agency-ref:{id}:{to}:{now.Ticks}", now, ct);
            await db.SaveChangesAsync(ct);
            TempData["Notice"] = "연계를 요청했습니다. 받는 기관이 수락하면 결과가 이 화면에 표시됩니다.";
            return RedirectToPage(new { id });
        }
        catch (Exception e) when (e.IsUserError())
        {
            db.ChangeTracker.Clear();
            ModelState.AddErrors(e, "Referral");
        }
        await LoadAsync(id, ct);
        return Page();
    }

    /// <summary>The signed paper form, for staff of the client's agency; logged like any view of personal data.</summary>
    public async Task<IActionResult> OnGetPaperFormAsync(int id, int consentId, CancellationToken ct)
    {
        if (await db.OpenCaseAsync(User, id, ct) is null) return NotFound();
        var name = await db.SharingConsents.Where(x => x.Id == consentId && x.SeekerProfileId == id).Select(x => x.PaperFormFile).FirstOrDefaultAsync(ct);
        if (name is null || files.Open(PaperArea, name) is not { } file) return NotFound();
        await accessLog.RecordAsync(id, AccessActions.PaperFormDownload, $"동의서 #{consentId}", ct);
        return File(file.Stream, file.ContentType, $"consent-{consentId}{Path.GetExtension(name)}");
    }

    /// <summary>Loads what the page shows; every response that shows it is one access-log row.</summary>
    private async Task LoadAsync(int id, CancellationToken ct)
    {
        await accessLog.RecordAsync(id, AccessActions.ClientView, "정보 제공 동의·기관 연계", ct);
        Today = KoreanFormat.TodayInKorea(time);
        Client = await db.SeekerProfiles.AsNoTracking().FirstAsync(s => s.Id == id, ct);
        OwnAgencyId = await db.OrganisationIdAsync(User, ct) ?? 0;
        Agencies = await ConsentForm.RecipientsAsync(db, ct);
        Consents = await db.SharingConsents.AsNoTracking().Where(x => x.SeekerProfileId == id).OrderByDescending(x => x.CreatedAt).ToListAsync(ct);
        var names = Agencies.ToDictionary(a => a.Id, a => a.Name);
        Referrals = (await db.AgencyReferrals.AsNoTracking().Where(r => r.SeekerProfileId == id && r.FromAgencyId == OwnAgencyId).ToListAsync(ct))
            .OrderByDescending(r => r.CreatedAt).Select(r => new ReferralRow(r, names.GetValueOrDefault(r.ToAgencyId, ""))).ToList();
    }
}
