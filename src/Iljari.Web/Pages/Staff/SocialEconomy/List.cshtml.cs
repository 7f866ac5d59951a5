using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Enterprises;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Enterprises;
using Iljari.Web.Infrastructure.Exports;

namespace Iljari.Web.Pages.Staff.SocialEconomy;

/// <summary>The register as a list: filter by type, 구 and stage, search by name, pages of 20, and the same list as an Excel file.</summary>
public class ListModel(AppDbContext db) : PageModel
{
    private const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public SocialEnterpriseType? Type { get; set; }
    [BindProperty(SupportsGet = true)] public string? Gu { get; set; }
    [BindProperty(SupportsGet = true)] public SupportStage? Stage { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    public IReadOnlyList<SocialEnterprise> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public Pager Pager { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync([FromQuery] int page = 1, CancellationToken ct = default)
    {
        if (await db.SocialEconomyScopeAsync(User, ct) is not { } scope) return Forbid();
        var query = Filtered(scope);
        Total = await query.CountAsync(ct);
        page = Math.Clamp(page, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        Rows = await query.OrderBy(e => e.Name).ThenBy(e => e.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        Pager = new Pager(page, PageSize, Total, "/Staff/SocialEconomy/List", Request.Query);
        return Page();
    }

    /// <summary>Every enterprise of the filtered list (not one page), one row each, numbers as numbers.</summary>
    public async Task<IActionResult> OnGetExcelAsync([FromServices] ExcelExport export, CancellationToken ct)
    {
        if (await db.SocialEconomyScopeAsync(User, ct) is not { } scope) return Forbid();
        var rows = await Filtered(scope).OrderBy(e => e.Name).ThenBy(e => e.Id).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var revenues = (await db.EnterpriseRevenues.Where(r => ids.Contains(r.EnterpriseId)).ToListAsync(ct))
            .GroupBy(r => r.EnterpriseId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Year)!);
        return await export.FileAsync("사회적경제기업 목록", ExcelSheet.Of("사회적경제기업", rows,
            ("기업명", e => e.Name), ("유형", e => e.Type.Label()), ("구", e => ReferenceCatalog.Instance.Regions.NameOf(e.GuCode)), ("대표자", e => e.Representative),
            ("사업자등록번호", e => e.BusinessNumber is null ? null : BusinessNumber.Format(e.BusinessNumber)), ("단계", e => e.Stage.Label()),
            ("지정·설립일", e => e.DesignatedOn), ("인증일", e => e.CertifiedOn), ("등록일", e => e.RegisteredOn), ("등록 때 직원", e => e.BaselineEmployees),
            ("직원", e => e.Employees), ("취약계층 직원", e => e.VulnerableEmployees), ("일자리 창출", e => e.JobsCreated), ("취약계층 일자리 창출", e => e.VulnerableJobsCreated),
            ("매출 규모", e => revenues.TryGetValue(e.Id, out var r) ? $"{r.Band.Label()} ({r.Year}년)" : null), ("사회적 가치", e => e.SocialMission)), ct);
    }

    private IQueryable<SocialEnterprise> Filtered(SocialEconomyScope scope)
    {
        var query = db.SocialEnterprises.AsNoTracking().Visible(scope);
        if (Type is { } t) query = query.Where(e => e.Type == t);
        if (!string.IsNullOrEmpty(Gu)) query = query.Where(e => e.GuCode == Gu);
        if (Stage is { } s) query = query.Where(e => e.Stage == s);
        if (Q?.Trim() is { Length: > 0 } q) query = query.Where(e => e.Name.Contains(q));
        return query;
    }
}
