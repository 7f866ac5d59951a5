using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Events;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Events;
using Iljari.Web.Infrastructure.Matching;

namespace Iljari.Web.Pages.Events;

/// <summary>
/// One event: its booths and postings; a seeker registers and ranks up to N booths; a counselor registers a client.
/// Drafts and cancelled events are 404 to the public.
/// </summary>
[AllowAnonymous]
public class DetailModel(AppDbContext db, TimeProvider time, EventRegistrations registrations) : PageModel
{
    public sealed record BoothRow(int BoothId, string Company, IReadOnlyList<(int Id, string Title)> Postings);

    public HiringEvent Event { get; private set; } = null!;
    public string Agency { get; private set; } = "";
    public IReadOnlyList<BoothRow> Booths { get; private set; } = [];
    public EventRegistration? Mine { get; private set; }
    public int Registered { get; private set; }
    public DateOnly Today { get; private set; }
    public IReadOnlyList<(int Id, string Name)> Clients { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        return Page();
    }

    /// <summary>참가 신청 (or a change of choices): <paramref name="choices"/> are booth ids, first choice first.</summary>
    public async Task<IActionResult> OnPostRegisterAsync(int id, int[] choices, Attendance attendance, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        if (!User.IsInRole(Roles.Seeker)) return Forbid();
        if (await PublicEventAsync(id, ct) is not { } e) return NotFound();
        if (await db.SeekerProfileIdAsync(User, ct) is not { } profileId)
        {
            TempData["Notice"] = "행사에 신청하려면 이력서를 먼저 작성해 주세요.";
            return RedirectToPage("/Seeker/EditProfile");
        }
        return await RegisterAsync(e, profileId, choices, attendance, ct);
    }

    /// <summary>A counselor registers one of their clients.</summary>
    public async Task<IActionResult> OnPostRegisterClientAsync(int id, int? clientId, int[] choices, Attendance attendance, CancellationToken ct)
    {
        if (!User.IsInRole(Roles.Counselor)) return Forbid();
        if (await PublicEventAsync(id, ct) is not { } e) return NotFound();
        if (clientId is not { } client || !await (await db.VisibleAssignmentsAsync(User, ct)).AnyAsync(a => a.SeekerProfileId == client, ct))
        {
            TempData["Error"] = "신청할 담당 구직자를 골라 주세요.";
            return RedirectToPage(new { id });
        }
        return await RegisterAsync(e, client, choices, attendance, ct);
    }

    public async Task<IActionResult> OnPostCancelAsync(int id, CancellationToken ct)
    {
        if (!User.IsInRole(Roles.Seeker)) return Forbid();
        if (await PublicEventAsync(id, ct) is not { } e) return NotFound();
        var profileId = await db.SeekerProfileIdAsync(User, ct);
        var mine = profileId is null ? null : await registrations.LiveAsync(id, profileId.Value, ct);
        if (mine is null) return NotFound();
        try
        {
            await registrations.CancelAsync(e, mine.Id, profileId, ct);
            TempData["Notice"] = "참가 신청을 취소했습니다.";
        }
        catch (DomainException ex)
        {
            TempData["Error"] = ex.Message;
        }
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> RegisterAsync(HiringEvent e, int profileId, int[] choices, Attendance attendance, CancellationToken ct)
    {
        try
        {
            var (registration, created) = await registrations.RegisterAsync(e, profileId, choices, User.Id()!, walkIn: false, ct, attendance);
            // Already registered: the form changes the ranked choices.
            if (!created) await registrations.ChooseAsync(e, registration, choices, attendance, ct);
            TempData["Notice"] = !created ? "희망 기업을 바꿨습니다."
                : registration.Status == RegistrationStatus.Waitlisted ? "정원이 차서 대기자로 신청했습니다. 자리가 나면 알려 드립니다." : "참가 신청을 마쳤습니다.";
        }
        catch (Exception ex) when (ex.IsUserError())
        {
            TempData["Error"] = ex.Message;
        }
        return RedirectToPage(new { id = e.Id });
    }

    private Task<HiringEvent?> PublicEventAsync(int id, CancellationToken ct) =>
        db.HiringEvents.FirstOrDefaultAsync(e => e.Id == id && e.Status != EventStatus.Draft && e.Status != EventStatus.Cancelled, ct);

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await PublicEventAsync(id, ct) is not { } e) return false;
        (Event, Today) = (e, KoreanFormat.TodayInKorea(time));
        Agency = await db.Agencies.Where(a => a.Id == e.AgencyId).Select(a => a.Name).FirstAsync(ct);
        var booths = await db.EventBooths.AsNoTracking().Where(b => b.EventId == id && b.Status == BoothStatus.Approved)
            .Join(db.Companies, b => b.CompanyId, c => c.Id, (b, c) => new { b.Id, b.PostingIds, c.Name }).ToListAsync(ct);
        var postingIds = booths.SelectMany(b => b.PostingIds).ToList();
        var titles = await db.JobPostings.AsNoTracking().Where(p => postingIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Title, ct);
        Booths = booths.OrderBy(b => b.Name).Select(b => new BoothRow(b.Id, b.Name, b.PostingIds.Where(titles.ContainsKey).Select(p => (p, titles[p])).ToList())).ToList();
        Registered = await db.EventRegistrations.CountAsync(r => r.EventId == id && r.Status == RegistrationStatus.Registered, ct);
        if (User.IsInRole(Roles.Seeker) && await db.SeekerProfileIdAsync(User, ct) is { } profileId)
            Mine = await db.EventRegistrations.AsNoTracking().FirstOrDefaultAsync(r => r.EventId == id && r.SeekerProfileId == profileId && r.Status != RegistrationStatus.Cancelled, ct);
        if (User.IsInRole(Roles.Counselor) && e.AcceptsRegistrations(Today))
            Clients = await db.ClientChoicesAsync(User, ct);
        return true;
    }
}
