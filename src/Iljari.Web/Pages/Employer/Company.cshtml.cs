using Iljari.Web.Infrastructure;

namespace Iljari.Web.Pages.Employer;

/// <summary>The employer edits its own company. The 사업자등록번호 is the company's identity and cannot change here.</summary>
public class CompanyModel(AppDbContext db) : PageModel
{
    [BindProperty] public CompanyInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var company = await OwnCompanyAsync(ct);
        if (company is null) return NotFound();
        Input = CompanyInput.From(company);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var company = await OwnCompanyAsync(ct);
        if (company is null) return NotFound();
        Input.BusinessNumber = Core.Domain.Accounts.BusinessNumber.Format(company.BusinessNumber);
        ModelState.Remove("Input.BusinessNumber");
        if (!ModelState.IsValid) return Page();
        Input.ApplyTo(company, company.ContactName);
        await db.SaveChangesAsync(ct);
        TempData["Notice"] = "기업 정보를 저장했습니다.";
        return RedirectToPage();
    }

    private async Task<Core.Domain.Accounts.Company?> OwnCompanyAsync(CancellationToken ct)
    {
        var companyId = await db.CompanyIdAsync(User, ct);
        return companyId is null ? null : await db.Companies.FirstOrDefaultAsync(c => c.Id == companyId, ct);
    }
}
