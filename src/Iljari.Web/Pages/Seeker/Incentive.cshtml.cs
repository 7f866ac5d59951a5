using Iljari.Core.Domain.Incentives;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Incentives;

namespace Iljari.Web.Pages.Seeker;

/// <summary>
/// 내 취업성공장려금: the seeker's chains of continuous employment, the milestones met and to come, and claims with
/// evidence (고용보험 가입 이력, 재직증명서). After 보완요청 the seeker adds documents and sends the claim back.
/// </summary>
public class IncentiveModel(AppDbContext db, IncentiveProgress progress, IncentiveClaims claims, UploadedFiles files) : PageModel
{
    public static readonly IReadOnlyList<string> Banks =
        ["KB국민은행", "신한은행", "우리은행", "하나은행", "NH농협은행", "IBK기업은행", "카카오뱅크", "토스뱅크", "케이뱅크", "우체국", "새마을금고", "신협", "SC제일은행"];

    public bool HasProfile { get; private set; }
    public SeekerIncentive State { get; private set; } = new(null, null, [], []);
    public IReadOnlyList<IncentiveClaim> Claims { get; private set; } = [];

    [BindProperty] public ClaimInput Input { get; set; } = new();

    public sealed class ClaimInput
    {
        public int PlacementId { get; set; }
        public int Months { get; set; }
        public string? BankName { get; set; }
        public string? AccountNumber { get; set; }
        public string? AccountHolder { get; set; }
        public IFormFile? InsuranceHistory { get; set; }
        public IFormFile? EmploymentCertificate { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostClaimAsync(CancellationToken ct)
    {
        if (await db.SeekerProfileIdAsync(User, ct) is not { } me) return RedirectToPage("/Seeker/EditProfile");
        try
        {
            await claims.FileAsync(me, Input.PlacementId, Input.Months, Input.BankName, Input.AccountNumber, Input.AccountHolder, Evidence(), User.Id()!, ct);
            TempData["Notice"] = "장려금을 청구했습니다. 담당 기관의 심사 결과를 알려 드립니다.";
            return RedirectToPage();
        }
        catch (Exception e) when (e.IsUserError())
        {
            ModelState.AddErrors(e, nameof(Input));
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostResubmitAsync(int claimId, CancellationToken ct)
    {
        if (await db.SeekerProfileIdAsync(User, ct) is not { } me) return RedirectToPage("/Seeker/EditProfile");
        try
        {
            await claims.ResubmitAsync(me, claimId, Evidence(), ct);
            TempData["Notice"] = "보완 서류를 내고 청구를 다시 제출했습니다.";
            return RedirectToPage();
        }
        catch (Exception e) when (e.IsUserError())
        {
            ModelState.AddErrors(e, nameof(Input));
        }
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>The seeker's own evidence file; anyone else's id is 404.</summary>
    public async Task<IActionResult> OnGetFileAsync(int evidenceId, CancellationToken ct)
    {
        var me = await db.SeekerProfileIdAsync(User, ct);
        var stored = await db.ClaimEvidence.AsNoTracking().Where(e => e.Id == evidenceId)
            .Join(db.IncentiveClaims.Where(c => c.SeekerProfileId == me), e => e.ClaimId, c => c.Id, (e, c) => e.StoredName).FirstOrDefaultAsync(ct);
        return stored is not null && files.Open(IncentiveClaims.UploadArea, stored) is { } f ? File(f.Stream, f.ContentType) : NotFound();
    }

    private List<IncentiveClaims.Evidence> Evidence() =>
        [new(EvidenceKind.InsuranceHistory, Input.InsuranceHistory), new(EvidenceKind.EmploymentCertificate, Input.EmploymentCertificate)];

    private async Task LoadAsync(CancellationToken ct)
    {
        var me = await db.SeekerProfileIdAsync(User, ct);
        HasProfile = me is not null;
        if (me is not { } id) return;
        State = await progress.ForSeekerAsync(id, ct);
        Claims = await db.IncentiveClaims.AsNoTracking().Include(c => c.Evidence).Where(c => c.SeekerProfileId == id)
            .OrderByDescending(c => c.FiledAt).Take(50).ToListAsync(ct);
    }
}
