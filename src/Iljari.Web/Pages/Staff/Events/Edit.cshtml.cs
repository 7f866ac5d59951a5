using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Events;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Events;

namespace Iljari.Web.Pages.Staff.Events;

/// <summary>
/// Create or edit an event of the caller's agency (draft until published from the manage page). A raised capacity
/// gives the new places to the waitlist at once, in order, each seeker told.
/// </summary>
public class EditModel(AppDbContext db, TimeProvider time, EventRegistrations registrations) : PageModel
{
    [BindProperty] public HiringEventFields Input { get; set; } = new();
    public bool IsNew { get; private set; } = true;

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        if (!User.IsInRole(Roles.Counselor) && !User.IsInRole(Roles.AgencyAdmin)) return Forbid();
        if (id is null)
        {
            var today = KoreanFormat.TodayInKorea(time);
            (Input.Date, Input.RegistrationOpens, Input.RegistrationCloses) = (today.AddDays(21), today, today.AddDays(19));
            return Page();
        }
        if (await db.ManagedEventAsync(User, id.Value, ct) is not { } e) return NotFound();
        (IsNew, Input) = (false, e.ToFields());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        if (!User.IsInRole(Roles.Counselor) && !User.IsInRole(Roles.AgencyAdmin)) return Forbid();
        HiringEvent? e = null;
        if (id is not null && (e = await db.ManagedEventAsync(User, id.Value, ct)) is null) return NotFound();
        IsNew = e is null;
        if (!ModelState.IsValid) return Page();
        var today = KoreanFormat.TodayInKorea(time);
        try
        {
            if (e is null)
            {
                e = HiringEvent.Draft((await db.OrganisationIdAsync(User, ct))!.Value, User.Id()!, Input, today, time.GetUtcNow().UtcDateTime);
                db.HiringEvents.Add(e);
            }
            else e.Edit(Input, today);
            await db.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex.IsUserError())
        {
            ModelState.AddErrors(ex, "Input");
            return Page();
        }
        var promoted = IsNew ? 0 : await registrations.FillPlacesAsync(e, ct);
        TempData["Notice"] = "행사를 저장했습니다." + (promoted > 0 ? $" 늘어난 정원으로 대기자 {promoted:N0}명의 참가가 확정되어 알림을 보냈습니다." : "");
        return RedirectToPage("/Staff/Events/Manage", new { id = e.Id });
    }
}
