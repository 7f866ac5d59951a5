using System.ComponentModel.DataAnnotations;
using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Postings;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Exports;

namespace Iljari.Web.Pages.Admin;

/// <summary>City admin overview of agencies and companies (organisation data, not personal data).</summary>
public class OrganisationsModel(AppDbContext db, TimeProvider time) : PageModel
{
    public sealed class AgencyInput
    {
        [Required(ErrorMessage = "기관명을 입력해 주세요."), StringLength(100, ErrorMessage = "기관명은 100자 이내로 입력해 주세요.")]
        public string Name { get; set; } = "";
        [Required(ErrorMessage = "기관 코드를 입력해 주세요."), RegularExpression("^[A-Z0-9-]{2,32}$", ErrorMessage = "기관 코드는 영문 대문자, 숫자, 하이픈 2~32자입니다.")]
        public string Code { get; set; } = "";
        [RegularExpression(@"^0\d{1,2}-?\d{3,4}-?\d{4}$", ErrorMessage = "전화번호를 031-123-4567 형식으로 입력해 주세요.")]
        public string? Phone { get; set; }
    }

    [BindProperty] public AgencyInput NewAgency { get; set; } = new();

    private const int PageSize = 30;

    public sealed record AgencyRow(string Name, string Code, int Staff);
    public sealed record CompanyRow(string Name, string BusinessNumber, string IndustryCode, string RegionCode, int OpenPostings);

    public IReadOnlyList<AgencyRow> Agencies { get; private set; } = [];
    public IReadOnlyList<CompanyRow> Companies { get; private set; } = [];
    public int CompanyTotal { get; private set; }
    public string? Q { get; private set; }
    public Pager Pager { get; private set; } = null!;

    public async Task<IActionResult> OnPostAddAgencyAsync(CancellationToken ct)
    {
        if (ModelState.IsValid && await db.Agencies.AnyAsync(a => a.Code == NewAgency.Code || a.Name == NewAgency.Name.Trim(), ct))
            ModelState.AddModelError("NewAgency.Code", "같은 이름이나 코드의 기관이 이미 있습니다.");
        if (!ModelState.IsValid)
        {
            await OnGetAsync(null, 1, ct);
            return Page();
        }
        db.Agencies.Add(new Agency { Name = NewAgency.Name.Trim(), Code = NewAgency.Code, Phone = NewAgency.Phone, CreatedAt = time.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(ct);
        TempData["Notice"] = $"{NewAgency.Name.Trim()} 기관을 추가했습니다.";
        return RedirectToPage();
    }

    public async Task OnGetAsync(string? q, [FromQuery] int page = 1, CancellationToken ct = default)
    {
        Q = q?.Trim();
        Agencies = await db.Agencies.OrderBy(a => a.Name)
            .Select(a => new AgencyRow(a.Name, a.Code, db.Users.Count(u => u.OrganisationId == a.Id)))
            .ToListAsync(ct);
        var companies = CompanyQuery();
        CompanyTotal = await companies.CountAsync(ct);
        page = Math.Clamp(page, 1, Math.Max(1, (CompanyTotal + PageSize - 1) / PageSize));
        Companies = await companies.Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        Pager = new Pager(page, PageSize, CompanyTotal, "/Admin/Organisations", Request.Query);
    }

    /// <summary>Both lists of the page: every agency, and every company matching the search (all pages).</summary>
    public async Task<IActionResult> OnGetExcelAsync(string? q, [FromServices] ExcelExport export, CancellationToken ct)
    {
        Q = q?.Trim();
        var agencies = await db.Agencies.OrderBy(a => a.Name).Select(a => new AgencyRow(a.Name, a.Code, db.Users.Count(u => u.OrganisationId == a.Id))).ToListAsync(ct);
        var companies = await CompanyQuery().ToListAsync(ct);
        var refs = Core.Domain.Codes.ReferenceCatalog.Instance;
        return await export.FileAsync("기관·기업 현황",
        [
            ExcelSheet.Of("협력 기관", agencies, ("기관명", a => a.Name), ("기관 코드", a => a.Code), ("직원 계정", a => a.Staff)),
            ExcelSheet.Of("참여 기업", companies, ("기업명", c => c.Name), ("사업자등록번호", c => BusinessNumber.Format(c.BusinessNumber)),
                ("업종", c => refs.Industries.NameOf(c.IndustryCode)), ("소재지", c => refs.Regions.FullName(c.RegionCode)), ("진행 중 공고", c => c.OpenPostings)),
        ], ct);
    }

    private IQueryable<CompanyRow> CompanyQuery()
    {
        var companies = db.Companies.AsQueryable();
        if (!string.IsNullOrEmpty(Q)) companies = companies.Where(c => c.Name.Contains(Q));
        return companies.OrderBy(c => c.Name).Select(c => new CompanyRow(c.Name, c.BusinessNumber, c.IndustryCode, c.RegionCode,
            db.JobPostings.Count(p => p.CompanyId == c.Id && p.Status == PostingStatus.Open)));
    }
}
