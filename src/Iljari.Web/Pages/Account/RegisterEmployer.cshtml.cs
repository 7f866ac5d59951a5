using Iljari.Core.Domain.Accounts;
using Iljari.Web.Pages.Employer;
using Microsoft.AspNetCore.Identity;

namespace Iljari.Web.Pages.Account;

[AllowAnonymous]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Iljari.Web.Infrastructure.Security.SecuritySetup.AccountFormsPolicy)]
public class RegisterEmployerModel(AppDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn, TimeProvider time) : PageModel
{
    [BindProperty] public AccountInput Account { get; set; } = new();
    [BindProperty] public CompanyInput Company { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var number = BusinessNumber.Normalize(Company.BusinessNumber)!;
        if (await db.Companies.AnyAsync(c => c.BusinessNumber == number, ct))
        {
            ModelState.AddModelError("Company.BusinessNumber", "이미 등록된 사업자등록번호입니다. 회사의 기존 담당자에게 계정 추가를 요청해 주세요.");
            return Page();
        }
        var now = time.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var company = new Company { BusinessNumber = number, CreatedAt = now };
        Company.ApplyTo(company, Account.Name.Trim());
        db.Companies.Add(company);
        await db.SaveChangesAsync(ct);
        var user = new AppUser
        {
            UserName = Account.Email.Trim(), Email = Account.Email.Trim(), DisplayName = Account.Name.Trim(),
            OrganisationId = company.Id, CreatedAt = now,
        };
        var result = await users.CreateAsync(user, Account.Password);
        if (result.Succeeded) result = await users.AddToRoleAsync(user, Roles.Employer);
        if (!result.Succeeded)
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            foreach (var e in result.Errors) ModelState.AddModelError(e.Code.StartsWith("Password", StringComparison.Ordinal) ? "Account.Password" : "Account.Email", e.Description);
            return Page();
        }
        await tx.CommitAsync(ct);
        await signIn.SignInAsync(user, isPersistent: false);
        TempData["Notice"] = $"{company.Name} 기업 회원으로 가입했습니다. 첫 구인공고를 등록해 보세요.";
        return RedirectToPage("/Employer/Postings/Index");
    }
}
