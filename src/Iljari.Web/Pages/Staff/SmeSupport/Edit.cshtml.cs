using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.SmeSupport;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.SmeSupport;

namespace Iljari.Web.Pages.Staff.SmeSupport;

/// <summary>
/// Create a call of the caller's agency (as a draft), or edit one: a draft freely, a published call only until the first
/// application. Only the agency's counselors and admin; another agency's call is unknown (404).
/// </summary>
public class EditModel(AppDbContext db, TimeProvider time) : PageModel
{
    [BindProperty] public SupportCallFields Input { get; set; } = new();
    public bool IsNew { get; private set; } = true;
    public int? CallId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        if (!User.IsSupportStaff()) return Forbid();
        if (id is null)
        {
            var today = KoreanFormat.TodayInKorea(time);
            (Input.Opens, Input.Closes, Input.Awards) = (today, today.AddDays(30), 10);
            (Input.RequiredDocuments, Input.Criteria) = ("사업계획서\n재무제표", "사업성 40\n고용효과 30\n지역기여 30");
            return Page();
        }
        if (await db.ManagedCallAsync(User, id.Value, ct) is not { } call) return NotFound();
        (IsNew, Input, CallId) = (false, call.ToFields(), call.Id);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        if (await db.SupportAgencyIdAsync(User, ct) is not { } agencyId) return Forbid();
        SupportCall? call = null;
        if (id is not null && (call = await db.ManagedCallAsync(User, id.Value, ct)) is null) return NotFound();
        (IsNew, CallId) = (call is null, call?.Id);
        if (!ModelState.IsValid) return Page();
        try
        {
            if (call is null)
            {
                call = SupportCall.Create(agencyId, Input, time.GetUtcNow().UtcDateTime);
                db.SupportCalls.Add(call);
            }
            else call.Edit(Input, await db.SupportApplications.CountAsync(a => a.CallId == call.Id, ct));
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e.IsUserError())
        {
            ModelState.AddErrors(e, nameof(Input));
            return Page();
        }
        TempData["Notice"] = IsNew ? "공고를 저장했습니다. 내용을 확인하고 게시해 주세요." : "공고를 저장했습니다.";
        return RedirectToPage("/Staff/SmeSupport/Call", new { id = call.Id });
    }
}
