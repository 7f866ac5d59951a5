using Iljari.Core.Domain.Accounts;
using Iljari.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;

namespace Iljari.Web.Pages.Account;

/// <summary>
/// The second login step: a 6-digit code from the authenticator app, or one of the recovery codes. Wrong codes count
/// towards the same lockout as wrong passwords (5 failures, 15 minutes).
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(SecuritySetup.AccountFormsPolicy)]
public class LoginWith2faModel(SignInManager<AppUser> signIn, UserManager<AppUser> users) : PageModel
{
    [BindProperty] public string? Code { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    /// <summary>Shows the recovery-code form instead of the app-code form (a link, no script).</summary>
    [BindProperty(SupportsGet = true)] public bool Recovery { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            TempData["Notice"] = "로그인 시간이 지났습니다. 이메일과 비밀번호부터 다시 입력해 주세요.";
            return RedirectToPage("/Account/Login");
        }
        // Recovery codes are "XXXXX-XXXXX" and must match exactly; app codes may be typed with spaces ("123 456").
        var code = Recovery ? (Code ?? "").Trim().ToUpperInvariant() : Authenticator.Clean(Code);
        if (code.Length == 0)
        {
            ModelState.AddModelError(nameof(Code), Recovery ? "복구 코드를 입력해 주세요." : "인증 앱에 표시된 6자리 숫자를 입력해 주세요.");
            return Page();
        }
        var result = Recovery
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(code)
            : await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.IsLockedOut)
        {
            ModelState.AddModelError("", "인증에 5번 실패하여 계정이 잠겼습니다. 15분 뒤에 다시 시도해 주세요.");
            return Page();
        }
        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(Code), Recovery
                ? "복구 코드가 올바르지 않거나 이미 사용한 코드입니다."
                : "인증 코드가 올바르지 않거나, 이미 사용했거나, 유효 시간(30초)이 지났습니다. 앱에 새로 표시된 코드를 입력해 주세요.");
            return Page();
        }
        return await LoginModel.NextStepAsync(users, user, Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
