using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Incentives;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Exports;

namespace Iljari.Web.Pages.Staff.Incentives;

/// <summary>
/// 장려금 심사: the claims this agency reviews (the agency of the seeker's case), waiting ones first. Names are masked
/// in the list; the review page shows them and logs the view.
/// </summary>
public class IndexModel(AppDbContext db) : PageModel
{
    private const int PageSize = 20;

    public sealed record Row(IncentiveClaim Claim, string MaskedName);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;
    public int Total { get; private set; }
    [BindProperty(SupportsGet = true)] public ClaimStatus? Status { get; set; } = ClaimStatus.Submitted;

    public async Task<IActionResult> OnGetAsync([FromQuery] int page = 1, CancellationToken ct = default)
    {
        if (await ReviewingAgencyAsync(db, User, ct) is not { } agencyId) return Forbid();
        var query = Claims(agencyId);
        Total = await query.CountAsync(ct);
        page = Math.Clamp(page, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        var rows = await query.OrderBy(c => c.FiledAt).Skip((page - 1) * PageSize).Take(PageSize)
            .Join(db.SeekerProfiles, c => c.SeekerProfileId, p => p.Id, (c, p) => new { c, p.Name }).ToListAsync(ct);
        Rows = rows.Select(x => new Row(x.c, Masking.Name(x.Name))).ToList();
        Pager = new Pager(page, PageSize, Total, "/Staff/Incentives", Request.Query);
        return Page();
    }

    /// <summary>The claims of the chosen status, names masked as in the list; the review page is where a name is seen (and logged).</summary>
    public async Task<IActionResult> OnGetExcelAsync([FromServices] ExcelExport export, CancellationToken ct)
    {
        if (await ReviewingAgencyAsync(db, User, ct) is not { } agencyId) return Forbid();
        var rows = await Claims(agencyId).OrderBy(c => c.FiledAt)
            .Join(db.SeekerProfiles, c => c.SeekerProfileId, p => p.Id, (c, p) => new { c, p.Name }).ToListAsync(ct);
        return await export.FileAsync("취업성공장려금 청구 목록", ExcelSheet.Of("청구", rows,
            ("청구 번호", x => x.c.Id), ("청구일", x => x.c.FiledAt), ("구직자", x => Masking.Name(x.Name)), ("지급 시점(개월)", x => x.c.MilestoneMonths),
            ("금액(원)", x => x.c.Amount), ("상태", x => x.c.Status.Label()), ("심사일", x => x.c.ReviewedAt), ("지급일", x => x.c.PaidAt)), ct);
    }

    private IQueryable<IncentiveClaim> Claims(int agencyId)
    {
        var query = db.IncentiveClaims.AsNoTracking().Where(c => c.AgencyId == agencyId);
        return Status is { } s ? query.Where(c => c.Status == s) : query;
    }

    /// <summary>Counselors and agency admins review their own agency's claims; the city pays, it does not review.</summary>
    public static async Task<int?> ReviewingAgencyAsync(AppDbContext db, System.Security.Claims.ClaimsPrincipal user, CancellationToken ct) =>
        user.IsInRole(Roles.Counselor) || user.IsInRole(Roles.AgencyAdmin) ? await db.OrganisationIdAsync(user, ct) : null;
}
