using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Incentives;
using Iljari.Core.Domain.Sharing;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Incentives;
using Iljari.Web.Infrastructure.Sharing;

namespace Iljari.Web.Pages.Staff.Incentives;

/// <summary>
/// 청구 심사: the claim, the seeker's chain of employment as the system computes it, and the evidence; 승인 commits the
/// budget in the ledger, 보완요청 and 반려 need a reason. Only the reviewing agency's staff; every view is logged.
/// </summary>
public class ReviewModel(AppDbContext db, IncentiveProgress progress, IncentiveClaims claims, IncentiveLedger ledger, UploadedFiles files,
    AccessLogger accessLog) : PageModel
{
    public IncentiveClaim Claim { get; private set; } = null!;
    public string SeekerName { get; private set; } = "";
    public ChainView? Chain { get; private set; }
    public SeekerIncentive State { get; private set; } = null!;

    [BindProperty] public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostApproveAsync(int id, CancellationToken ct) =>
        DecideAsync(id, (agency, user) => ledger.ApproveAsync(id, agency, user, Reason, ct), "승인했습니다. 예산이 약정되었고 시의 지급 묶음에 들어갑니다.", ct);

    public Task<IActionResult> OnPostSupplementAsync(int id, CancellationToken ct) =>
        DecideAsync(id, (agency, user) => claims.DecideAsync(id, agency, reject: false, Reason, user, ct), "보완을 요청했습니다.", ct);

    public Task<IActionResult> OnPostRejectAsync(int id, CancellationToken ct) =>
        DecideAsync(id, (agency, user) => claims.DecideAsync(id, agency, reject: true, Reason, user, ct), "반려했습니다.", ct);

    public async Task<IActionResult> OnGetFileAsync(int id, int evidenceId, CancellationToken ct)
    {
        if (await IndexModel.ReviewingAgencyAsync(db, User, ct) is not { } agencyId) return NotFound();
        var found = await db.ClaimEvidence.AsNoTracking().Where(e => e.Id == evidenceId && e.ClaimId == id)
            .Join(db.IncentiveClaims.Where(c => c.AgencyId == agencyId), e => e.ClaimId, c => c.Id, (e, c) => new { e.StoredName, e.Kind, c.SeekerProfileId })
            .FirstOrDefaultAsync(ct);
        if (found is null || files.Open(IncentiveClaims.UploadArea, found.StoredName) is not { } f) return NotFound();
        await accessLog.RecordAsync(found.SeekerProfileId, AccessActions.IncentiveDocument, $"청구 #{id} {found.Kind.Label()}", ct);
        return File(f.Stream, f.ContentType);
    }

    private async Task<IActionResult> DecideAsync(int id, Func<int, string, Task> decide, string notice, CancellationToken ct)
    {
        if (await IndexModel.ReviewingAgencyAsync(db, User, ct) is not { } agencyId
            || !await db.IncentiveClaims.AnyAsync(c => c.Id == id && c.AgencyId == agencyId, ct)) return NotFound();
        try
        {
            await decide(agencyId, User.Id()!);
            TempData["Notice"] = notice;
            return RedirectToPage(new { id });
        }
        catch (Exception e) when (e.IsUserError())
        {
            db.ChangeTracker.Clear();
            if (e is ValidationFailedException v) foreach (var error in v.Errors) ModelState.AddModelError(nameof(Reason), error.Message);
            else ModelState.AddModelError("", e.Message);
        }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await IndexModel.ReviewingAgencyAsync(db, User, ct) is not { } agencyId) return false;
        var claim = await db.IncentiveClaims.AsNoTracking().Include(c => c.Evidence).FirstOrDefaultAsync(c => c.Id == id && c.AgencyId == agencyId, ct);
        if (claim is null) return false;
        Claim = claim;
        SeekerName = await db.SeekerProfiles.Where(s => s.Id == claim.SeekerProfileId).Select(s => s.Name).FirstAsync(ct);
        State = await progress.ForSeekerAsync(claim.SeekerProfileId, ct);
        Chain = State.Chains.FirstOrDefault(c => c.Placement.Id == claim.PlacementId);
        await accessLog.RecordAsync(claim.SeekerProfileId, AccessActions.IncentiveReview, $"청구 #{claim.Id}", ct);
        return true;
    }
}
