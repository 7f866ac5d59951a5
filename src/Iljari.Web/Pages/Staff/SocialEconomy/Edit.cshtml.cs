using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Enterprises;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Enterprises;

namespace Iljari.Web.Pages.Staff.SocialEconomy;

/// <summary>
/// Register a 사회적경제기업 (it starts at 교육 with today's headcount as the baseline for jobs created) or edit one. Only
/// the centre's staff; another centre's enterprise is unknown (404). An enterprise whose 사업자등록번호 is that of a company
/// of this system is linked to it, so its postings and hires show on the detail page.
/// </summary>
public class EditModel(AppDbContext db, TimeProvider time) : PageModel
{
    [BindProperty] public SocialEnterpriseFields Input { get; set; } = new();
    public int? EnterpriseId { get; private set; }
    public bool IsNew => EnterpriseId is null;

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        if (await db.SocialEconomyScopeAsync(User, ct) is not { CanEdit: true } scope) return Forbid();
        if (id is null) return Page();
        if (await db.EnterpriseInScopeAsync(scope, id.Value, ct) is not { } enterprise) return NotFound();
        (Input, EnterpriseId) = (enterprise.ToFields(), enterprise.Id);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        if (await db.SocialEconomyScopeAsync(User, ct) is not { CanEdit: true, AgencyId: { } agencyId } scope) return Forbid();
        SocialEnterprise? enterprise = null;
        if (id is not null && (enterprise = await db.EnterpriseInScopeAsync(scope, id.Value, ct)) is null) return NotFound();
        EnterpriseId = enterprise?.Id;
        var now = time.GetUtcNow().UtcDateTime;
        var userId = User.Id()!;
        try
        {
            if (enterprise is null)
            {
                enterprise = SocialEnterprise.Register(agencyId, Input, KoreanFormat.TodayInKorea(time), userId, await db.DisplayNameAsync(User, ct), now);
                db.SocialEnterprises.Add(enterprise);
            }
            else enterprise.Edit(Input, userId, now);
        }
        catch (ValidationFailedException e)
        {
            ModelState.AddErrors(e, "Input");
        }
        if (enterprise?.BusinessNumber is { } number && await db.SocialEnterprises.AnyAsync(e => e.AgencyId == agencyId && e.BusinessNumber == number && e.Id != enterprise.Id, ct))
            ModelState.AddModelError("Input.BusinessNumber", "이미 등록된 사업자등록번호입니다. 목록에서 그 기업을 찾아 수정해 주세요.");
        if (!ModelState.IsValid)
        {
            db.ChangeTracker.Clear();
            return Page();
        }
        enterprise!.LinkCompany(enterprise.BusinessNumber is { } bn ? await db.Companies.Where(c => c.BusinessNumber == bn).Select(c => (int?)c.Id).FirstOrDefaultAsync(ct) : null);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "다른 직원이 방금 이 기업의 정보를 바꿨습니다. 화면을 새로 보고 다시 입력해 주세요.");
            return Page();
        }
        TempData["Notice"] = IsNew ? $"{enterprise.Name}을(를) 등록했습니다. 교육 단계에서 시작합니다." : "기업 정보를 저장했습니다.";
        return RedirectToPage("/Staff/SocialEconomy/Detail", new { id = enterprise.Id });
    }
}
