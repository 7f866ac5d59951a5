using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Guarantees;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Guarantees;

namespace Iljari.Web.Pages.Staff.Finance;

/// <summary>
/// 새 운영자금 이차보전 사업: the 소상공인지원센터 opens a year's round (places, 선착순 or 심사, the supported rate on loans up
/// to a cap, months, application window) for its own agency; the domain factory checks the figures.
/// </summary>
public class NewRoundModel(AppDbContext db, TimeProvider time) : PageModel
{
    [BindProperty] public RoundInput Input { get; set; } = new();

    public sealed class RoundInput
    {
        public string? Title { get; set; }
        public int? Year { get; set; }
        public int? Quota { get; set; }
        public InterestSelection Selection { get; set; } = InterestSelection.FirstCome;
        /// <summary>연 지원 금리 in percentage points (2.0 = 연 2%p), stored as basis points.</summary>
        public decimal? Rate { get; set; }
        public long? MaxLoan { get; set; }
        public int? Months { get; set; } = 12;
        public DateOnly? Opens { get; set; }
        public DateOnly? Closes { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await FinanceScope.DeskAgencyAsync(db, User, ct) is null) return Forbid();
        var today = KoreanFormat.TodayInKorea(time);
        (Input.Year, Input.Opens, Input.Closes) = (today.Year, today, new DateOnly(today.Year, 12, 31));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await FinanceScope.DeskAgencyAsync(db, User, ct) is not { } agency) return Forbid();
        if (!ModelState.IsValid) return Page();
        try
        {
            // A rate beyond what fits the factory's range is refused there (0 = no rate); 2.345%p rounds to 2.35%p.
            var basisPoints = Input.Rate is { } rate && rate is > 0 and <= 100 ? (int)Math.Round(rate * 100, MidpointRounding.AwayFromZero) : 0;
            var round = InterestSupportRound.Create(agency, Input.Year ?? 0, Input.Title, Input.Quota ?? 0, Input.Selection, basisPoints, Input.MaxLoan ?? 0,
                Input.Months ?? 0, Input.Opens, Input.Closes);
            db.InterestSupportRounds.Add(round);
            await db.SaveChangesAsync(ct);
            TempData["Notice"] = "이차보전 사업을 만들었습니다.";
            return RedirectToPage("/Staff/Finance/Interest", new { id = round.Id });
        }
        catch (Exception e) when (e.IsUserError())
        {
            ModelState.AddErrors(e, nameof(Input));
            return Page();
        }
    }
}
