using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Programs;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Programs;

namespace Iljari.Web.Pages.Staff.Programs;

/// <summary>
/// Create a program of the caller's agency with this year's eligibility rule, or edit one (the rule's later versions
/// are kept on the rules page). Only the agency's counselors and admin; another agency's program is unknown (404).
/// </summary>
public class EditModel(AppDbContext db, TimeProvider time) : PageModel
{
    [BindProperty] public JobProgramFields Input { get; set; } = new();
    [BindProperty] public EligibilityRuleFields Rule { get; set; } = new();
    public bool IsNew { get; private set; } = true;
    public int? ProgramId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        if (!User.IsProgramStaff()) return Forbid();
        if (id is null)
        {
            var today = KoreanFormat.TodayInKorea(time);
            (Input.ApplicationOpens, Input.ApplicationCloses, Rule.Year) = (today, today.AddDays(30), today.Year);
            return Page();
        }
        if (await db.ManagedProgramAsync(User, id.Value, ct) is not { } program) return NotFound();
        (IsNew, Input, ProgramId) = (false, program.ToFields(), program.Id);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        if (await db.ProgramAgencyIdAsync(User, ct) is not { } agencyId) return Forbid();
        JobProgram? program = null;
        if (id is not null && (program = await db.ManagedProgramAsync(User, id.Value, ct)) is null) return NotFound();
        (IsNew, ProgramId) = (program is null, program?.Id);
        // Check the program and (for a new one) its first rule together, so every message shows at once.
        try { JobProgram.Check(Input); }
        catch (ValidationFailedException e) { ModelState.AddErrors(e, "Input"); }
        EligibilityRule? rule = null;
        if (IsNew)
        {
            try { rule = Rule.ToRule(); }
            catch (ValidationFailedException e) { ModelState.AddErrors(e, "Rule"); }
        }
        if (!ModelState.IsValid) return Page();
        try
        {
            if (program is null)
            {
                program = JobProgram.Create(agencyId, Input, [rule!], time.GetUtcNow().UtcDateTime);
                db.Programs.Add(program);
            }
            else
            {
                var held = await db.ProgramApplications.CountAsync(a => a.ProgramId == program.Id
                    && (a.Status == ProgramApplicationStatus.Applied || a.Status == ProgramApplicationStatus.Approved), ct);
                program.Edit(Input, held);
            }
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e.IsUserError())
        {
            ModelState.AddErrors(e, "Input");
            return Page();
        }
        TempData["Notice"] = IsNew ? "프로그램을 만들었습니다. 회차를 추가해 주세요." : "프로그램을 저장했습니다.";
        return RedirectToPage("/Staff/Programs/Manage", new { id = program.Id });
    }
}
