using Iljari.Core.Domain.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Iljari.Web.Pages.Account;

[AllowAnonymous]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Iljari.Web.Infrastructure.Security.SecuritySetup.AccountFormsPolicy)]
public class RegisterModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, TimeProvider time) : PageModel
{
    [BindProperty]
    public AccountInput Input { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = new AppUser
        {
            UserName = Input.Email.Trim(), Email = Input.Email.Trim(), DisplayName = Input.Name.Trim(),
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(user, Input.Password);
        if (result.Succeeded) result = await users.AddToRoleAsync(user, Roles.Seeker);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors) ModelState.AddModelError(e.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password" : "Input.Email", e.Description);
            return Page();
        }
        await signIn.SignInAsync(user, isPersistent: false);
        TempData["Notice"] = "가입을 환영합니다. 이력서를 작성하면 맞춤 일자리를 찾기 쉬워집니다.";
        return RedirectToPage("/Seeker/EditProfile");
    }
}
