using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Events;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Events;

namespace Iljari.Web.Pages.Staff.Events;

/// <summary>
/// 현장 입장 확인: scan (camera) or type the seeker's signed entry code; or find a registrant by name or the last four
/// digits of their phone; or register a walk-in by their account e-mail (현장 등록, checked in at once). A checked-in
/// seeker — a walk-in above all, who has no timetable — gets 현장 면접 at the booths they ask for.
/// </summary>
public class CheckInModel(AppDbContext db, CheckInTokens tokens, EventRegistrations registrations, OnTheDayInterviews onTheDay, TimeProvider time) : PageModel
{
    public sealed record Found(int RegistrationId, string Name, string Phone, RegistrationStatus Status, DateTime? CheckedInAt, int Interviews);
    public sealed record BoothOption(int Id, string Company);

    public HiringEvent Event { get; private set; } = null!;
    public IReadOnlyList<Found> Results { get; private set; } = [];
    public int CheckedIn { get; private set; }
    public int Registered { get; private set; }
    /// <summary>Approved booths, for 현장 면접 (offered once the timetable is public).</summary>
    public IReadOnlyList<BoothOption> Booths { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await db.ManagedEventAsync(User, id, ct) is not { } e) return NotFound();
        await LoadAsync(e, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostTokenAsync(int id, string? token, CancellationToken ct)
    {
        if (await db.ManagedEventAsync(User, id, ct) is not { } e) return NotFound();
        if (tokens.Read(token, id) is not { } registrationId)
        {
            TempData["Error"] = "입장 코드를 확인할 수 없습니다. 이 행사의 코드인지, 기간이 지나지 않았는지 확인해 주세요.";
            return RedirectToPage(new { id });
        }
        return await CheckInAsync(e, registrationId, ct);
    }

    public async Task<IActionResult> OnPostManualAsync(int id, int registrationId, CancellationToken ct)
    {
        if (await db.ManagedEventAsync(User, id, ct) is not { } e) return NotFound();
        return await CheckInAsync(e, registrationId, ct);
    }

    /// <summary>현장 등록: a seeker with an account, found by e-mail, gets a place, is checked in, and is fitted into the booths they ask for.</summary>
    public async Task<IActionResult> OnPostWalkInAsync(int id, string? email, List<int>? boothIds, CancellationToken ct)
    {
        if (await db.ManagedEventAsync(User, id, ct) is not { } e) return NotFound();
        var address = email?.Trim() ?? "";
        var profileId = await db.SeekerProfiles.Where(s => s.Email == address).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
        if (profileId is null)
        {
            TempData["Error"] = "그 이메일로 가입한 구직자가 없습니다. 구직자가 휴대전화로 가입한 뒤 다시 시도해 주세요.";
            return RedirectToPage(new { id });
        }
        try
        {
            var (registration, created) = await registrations.RegisterAsync(e, profileId.Value, [], User.Id()!, walkIn: true, ct);
            if (!created)
            {
                var result = await CheckInAsync(e, registration.Id, ct);
                if (registration.CheckedInAt is null) return result;
            }
            else TempData["Notice"] = "현장 등록하고 입장 확인했습니다.";
            await AssignAsync(e, registration.Id, boothIds ?? [], ct);
        }
        catch (DomainException ex)
        {
            TempData["Error"] = ex.Message;
        }
        return RedirectToPage(new { id });
    }

    /// <summary>현장 면접: a checked-in registrant at one more booth, at its earliest free slot.</summary>
    public async Task<IActionResult> OnPostInterviewAsync(int id, int registrationId, int boothId, string? q, CancellationToken ct)
    {
        if (await db.ManagedEventAsync(User, id, ct) is not { } e) return NotFound();
        if (!await db.EventRegistrations.AnyAsync(r => r.Id == registrationId && r.EventId == e.Id, ct)) return NotFound();
        await AssignAsync(e, registrationId, [boothId], ct);
        return RedirectToPage(new { id, q });
    }

    /// <summary>Each booth in turn; what was booked and what could not be are both said, in Korean.</summary>
    private async Task AssignAsync(HiringEvent e, int registrationId, IReadOnlyList<int> boothIds, CancellationToken ct)
    {
        var booked = new List<string>();
        var problems = new List<string>();
        foreach (var boothId in boothIds.Distinct())
        {
            try
            {
                var assigned = await onTheDay.AssignAsync(e, registrationId, boothId, ct);
                booked.Add($"{assigned.Company} {KoreanFormat.ToKst(assigned.StartAt):HH:mm}");
            }
            catch (DomainException ex)
            {
                db.ChangeTracker.Clear();
                problems.Add(ex.Message);
            }
            catch (DbUpdateException)
            {
                // The same request twice at once (a double click): the first one booked it.
                db.ChangeTracker.Clear();
                problems.Add("방금 같은 요청이 처리되었습니다. 화면을 새로 고쳐 확인해 주세요.");
            }
        }
        if (booked.Count > 0) TempData["Notice"] = $"{TempData.Peek("Notice") ?? ""} 현장 면접을 잡았습니다: {string.Join(", ", booked)}.".Trim();
        if (problems.Count > 0) TempData["Error"] = string.Join(" ", problems);
    }

    private async Task<IActionResult> CheckInAsync(HiringEvent e, int registrationId, CancellationToken ct)
    {
        var registration = await db.EventRegistrations.FirstOrDefaultAsync(r => r.Id == registrationId && r.EventId == e.Id, ct);
        if (registration is null) return NotFound();
        try
        {
            var already = registration.CheckedInAt is not null;
            registration.CheckIn(time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
            var name = await db.SeekerProfiles.Where(s => s.Id == registration.SeekerProfileId).Select(s => s.Name).FirstAsync(ct);
            TempData["Notice"] = already ? $"{name} 님은 이미 입장했습니다." : $"{name} 님 입장을 확인했습니다.";
        }
        catch (DomainException ex)
        {
            TempData["Error"] = ex.Message;
        }
        return RedirectToPage(new { id = e.Id });
    }

    private async Task LoadAsync(HiringEvent e, CancellationToken ct)
    {
        Event = e;
        Registered = await db.EventRegistrations.CountAsync(r => r.EventId == e.Id && r.Status == RegistrationStatus.Registered, ct);
        CheckedIn = await db.EventRegistrations.CountAsync(r => r.EventId == e.Id && r.CheckedInAt != null, ct);
        if (e.Status == EventStatus.SchedulePublished)
            Booths = await db.EventBooths.AsNoTracking().Where(b => b.EventId == e.Id && b.Status == BoothStatus.Approved)
                .Join(db.Companies, b => b.CompanyId, c => c.Id, (b, c) => new { b.Id, c.Name }).OrderBy(b => b.Name)
                .Select(b => new BoothOption(b.Id, b.Name)).ToListAsync(ct);
        var q = Q?.Trim() ?? "";
        if (q.Length < 2) return;
        Results = (await db.EventRegistrations.AsNoTracking().Where(r => r.EventId == e.Id && r.Status != RegistrationStatus.Cancelled)
                .Join(db.SeekerProfiles, r => r.SeekerProfileId, s => s.Id, (r, s) => new { r, s.Name, s.Phone })
                .Where(x => x.Name.Contains(q) || x.Phone.EndsWith(q))
                .Select(x => new { x.r, x.Name, x.Phone, Interviews = db.EventInterviews.Count(i => i.RegistrationId == x.r.Id) }).Take(20).ToListAsync(ct))
            .Select(x => new Found(x.r.Id, Masking.Name(x.Name), Masking.Phone(x.Phone), x.r.Status, x.r.CheckedInAt, x.Interviews)).ToList();
    }
}
