using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Counseling;
using Iljari.Core.Domain.Notifications;
using Iljari.Core.Notifications;
using Iljari.Web.Infrastructure;

namespace Iljari.Web.Pages.Seeker;

/// <summary>
/// 내 상담: ask an agency for counseling, and see the counselor, the action plan and upcoming appointments.
/// Case notes are staff-only and never shown here.
/// </summary>
public class CounselingModel(AppDbContext db, TimeProvider time) : PageModel
{
    public sealed record CaseRow(CaseAssignment Case, string Agency, string? Counselor, int? ThreadId);

    public bool HasProfile { get; private set; }
    public IReadOnlyList<CaseRow> Cases { get; private set; } = [];
    public IReadOnlyList<ActionPlanStep> Steps { get; private set; } = [];
    public IReadOnlyList<Appointment> Upcoming { get; private set; } = [];
    public IReadOnlyList<Agency> Agencies { get; private set; } = [];
    public DateOnly Today { get; private set; }

    [BindProperty] public int? AgencyId { get; set; }
    [BindProperty] public string? Note { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>상담 신청: the request waits in the agency's queue until a counselor takes it.</summary>
    public async Task<IActionResult> OnPostRequestAsync(CancellationToken ct)
    {
        var profileId = await db.SeekerProfileIdAsync(User, ct);
        if (profileId is null) return RedirectToPage("/Seeker/EditProfile");
        try
        {
            if (AgencyId is not { } agencyId || !await db.Agencies.AnyAsync(a => a.Id == agencyId && !a.IsCityOffice, ct))
                throw new ValidationFailedException([new FieldError("AgencyId", "상담받을 기관을 골라 주세요.")]);
            if (await db.CaseAssignments.AnyAsync(c => c.SeekerProfileId == profileId && c.AgencyId == agencyId && c.ClosedAt == null, ct))
                throw new DomainException("이 기관과 이미 상담 중이거나 신청이 접수되어 있습니다.");
            var now = time.GetUtcNow().UtcDateTime;
            db.CaseAssignments.Add(CaseAssignment.Requested(profileId.Value, agencyId, CaseOrigin.SeekerRequest, Note, now));
            var staff = await NotificationWriter.UsersOfAsync(db, agencyId, ct);
            await NotificationWriter.AddAsync(db, staff, NotificationKind.Referral, "새 상담 신청이 접수되었습니다.", "/Staff/Clients", $"case-request:{profileId}:{agencyId}:{now.Ticks}", now, ct);
            await db.SaveChangesAsync(ct);
            TempData["Notice"] = "상담을 신청했습니다. 담당 상담사가 정해지면 알려 드립니다.";
            return RedirectToPage();
        }
        catch (Exception e) when (e.IsUserError())
        {
            if (e is ValidationFailedException v) foreach (var f in v.Errors) ModelState.AddModelError(f.Field, f.Message);
            else ModelState.AddModelError("", e.Message);
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Today = KoreanFormat.TodayInKorea(time);
        Agencies = await db.Agencies.AsNoTracking().Where(a => !a.IsCityOffice).OrderBy(a => a.Name).ToListAsync(ct);
        var profileId = await db.SeekerProfileIdAsync(User, ct);
        HasProfile = profileId is not null;
        if (profileId is null) return;
        var names = Agencies.ToDictionary(a => a.Id, a => a.Name);
        var cases = await db.CaseAssignments.AsNoTracking().Where(c => c.SeekerProfileId == profileId).ToListAsync(ct);
        var counselorIds = cases.Select(c => c.CounselorUserId).OfType<string>().ToList();
        var counselors = await db.Users.AsNoTracking().Where(u => counselorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var caseIds = cases.Select(c => c.Id).ToList();
        var threads = await db.MessageThreads.AsNoTracking().Where(t => t.CaseAssignmentId != null && caseIds.Contains(t.CaseAssignmentId.Value))
            .ToDictionaryAsync(t => t.CaseAssignmentId!.Value, t => t.Id, ct);
        Cases = cases.OrderBy(c => c.ClosedAt is not null).ThenByDescending(c => c.RequestedAt)
            .Select(c => new CaseRow(c, names.GetValueOrDefault(c.AgencyId, ""), c.CounselorUserId is { } u ? counselors.GetValueOrDefault(u) : null,
                threads.TryGetValue(c.Id, out var t) ? t : null)).ToList();
        Steps = (await db.ActionPlanSteps.AsNoTracking().Where(s => s.SeekerProfileId == profileId).ToListAsync(ct))
            .OrderBy(s => s.CompletedAt is not null).ThenBy(s => s.DueDate ?? DateOnly.MaxValue).ToList();
        var now = time.GetUtcNow().UtcDateTime;
        Upcoming = await db.Appointments.AsNoTracking().Where(a => a.SeekerProfileId == profileId && a.Status == AppointmentStatus.Scheduled && a.At > now)
            .OrderBy(a => a.At).ToListAsync(ct);
    }
}
