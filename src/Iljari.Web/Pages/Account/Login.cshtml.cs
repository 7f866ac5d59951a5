using System.ComponentModel.DataAnnotations;
using Iljari.Core.Domain.Accounts;
using Iljari.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;

namespace Iljari.Web.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(SecuritySetup.AccountFormsPolicy)]
public class LoginModel(SignInManager<AppUser> signIn, UserManager<AppUser> users) : PageModel
{
    [BindProperty, Required(ErrorMessage = "이메일을 입력해 주세요."), EmailAddress(ErrorMessage = "올바른 이메일 주소를 입력해 주세요.")]
    public string Email { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "비밀번호를 입력해 주세요."), DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var result = await signIn.PasswordSignInAsync(Email.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            ModelState.AddModelError("", "로그인에 5번 실패하여 계정이 잠겼습니다. 15분 뒤에 다시 시도해 주세요.");
            return Page();
        }
        if (result.RequiresTwoFactor) return RedirectToPage("/Account/LoginWith2fa", new { ReturnUrl });
        if (!result.Succeeded)
        {
            // Same message for unknown e-mail and wrong password, so accounts cannot be discovered.
            ModelState.AddModelError("", "이메일 또는 비밀번호가 올바르지 않습니다.");
            return Page();
        }
        var user = await users.FindByEmailAsync(Email.Trim());
        return await NextStepAsync(users, user!, Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }

    /// <summary>After a full sign-in: a temporary password is changed first, then staff without an authenticator enrol one.</summary>
    internal static async Task<IActionResult> NextStepAsync(UserManager<AppUser> users, AppUser user, string returnUrl)
    {
        if (user.MustChangePassword) return new RedirectResult(StaffSafeguards.ChangePasswordPath);
        var staff = await users.IsInRoleAsync(user, Roles.Counselor) || await users.IsInRoleAsync(user, Roles.AgencyAdmin) || await users.IsInRoleAsync(user, Roles.CityAdmin);
        if (staff && !user.TwoFactorEnabled) return new RedirectResult(StaffSafeguards.EnrolmentPath);
        return new LocalRedirectResult(returnUrl);
    }
}
