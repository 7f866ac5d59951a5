using Iljari.Core.Domain.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Iljari.Web.Pages.Account;

[AllowAnonymous]
public class LogoutModel(SignInManager<AppUser> signIn) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        TempData["Notice"] = "로그아웃했습니다.";
        return LocalRedirect("/");
    }
}
