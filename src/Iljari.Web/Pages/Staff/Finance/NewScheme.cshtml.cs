using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Guarantees;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Guarantees;

namespace Iljari.Web.Pages.Staff.Finance;

/// <summary>
/// 새 특례보증 사업: the 소상공인지원센터 opens a scheme (total supply limit, per-firm limit, years) for its own agency; the
/// domain factory checks the figures. Others are refused (see <see cref="FinanceScope.DeskAgencyAsync"/>).
/// </summary>
public class NewSchemeModel(AppDbContext db, TimeProvider time) : PageModel
{
    [BindProperty] public SchemeInput Input { get; set; } = new();

    public sealed class SchemeInput
    {
        public string? Title { get; set; }
        public int? FirstYear { get; set; }
        public int? Years { get; set; } = 5;
        public long? TotalLimit { get; set; }
        public long? MaxPerFirm { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await FinanceScope.DeskAgencyAsync(db, User, ct) is null) return Forbid();
        Input.FirstYear = KoreanFormat.TodayInKorea(time).Year;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await FinanceScope.DeskAgencyAsync(db, User, ct) is not { } agency) return Forbid();
        if (!ModelState.IsValid) return Page();
        try
        {
            var scheme = GuaranteeScheme.Create(agency, Input.Title, Input.FirstYear ?? 0, Input.Years ?? 0, Input.TotalLimit ?? 0, Input.MaxPerFirm ?? 0,
                time.GetUtcNow().UtcDateTime);
            db.GuaranteeSchemes.Add(scheme);
            await db.SaveChangesAsync(ct);
            TempData["Notice"] = "특례보증 사업을 만들었습니다.";
            return RedirectToPage("/Staff/Finance/Index");
        }
        catch (Exception e) when (e.IsUserError())
        {
            ModelState.AddErrors(e, nameof(Input));
            return Page();
        }
    }
}
