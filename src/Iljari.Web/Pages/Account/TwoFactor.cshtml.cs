using System.Security.Claims;
using Iljari.Core.Domain.Accounts;
using Iljari.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;

namespace Iljari.Web.Pages.Account;

/// <summary>
/// 2단계 인증 등록: scan the QR code (or type the key), confirm with one code, receive 10 recovery codes shown only once.
/// Staff must enrol (<see cref="StaffSafeguards"/>) and cannot turn it off; seekers and employers may.
/// </summary>
[Authorize]
public class TwoFactorModel(UserManager<AppUser> users, SignInManager<AppUser> signIn) : PageModel
{
    private const int RecoveryCodeCount = 10;

    [BindProperty] public string? Code { get; set; }

    public bool Enabled { get; private set; }
    public bool IsStaff { get; private set; }
    public int RecoveryCodesLeft { get; private set; }
    public string QrSvg { get; private set; } = "";
    public string GroupedKey { get; private set; } = "";
    /// <summary>Set only on the response that created them; they are stored hashed and cannot be shown again.</summary>
    public IReadOnlyList<string> NewRecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var code = Authenticator.Clean(Code);
        if (code.Length == 0) ModelState.AddModelError(nameof(Code), "인증 앱에 표시된 6자리 숫자를 입력해 주세요.");
        else if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
            ModelState.AddModelError(nameof(Code), "인증 코드가 올바르지 않거나 유효 시간(30초)이 지났습니다. 앱에 지금 표시된 코드를 입력해 주세요.");
        if (!ModelState.IsValid)
        {
            await LoadAsync(user);
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        NewRecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        // Enabling changed the security stamp; sign in again, now as someone who proved the second factor.
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "mfa")]);
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (user.TwoFactorEnabled)
        {
            NewRecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
            await signIn.RefreshSignInAsync(user);
        }
        await LoadAsync(user);
        return Page();
    }

    /// <summary>Only for seekers and employers; staff are refused (the rule is theirs to keep, not to choose).</summary>
    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (await IsStaffAsync(user)) return Forbid();
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        TempData["Notice"] = "2단계 인증을 껐습니다.";
        return RedirectToPage();
    }

    private async Task LoadAsync(AppUser user)
    {
        Enabled = user.TwoFactorEnabled;
        IsStaff = await IsStaffAsync(user);
        RecoveryCodesLeft = Enabled ? await users.CountRecoveryCodesAsync(user) : 0;
        if (Enabled) return;
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }
        QrSvg = Authenticator.QrSvg(Authenticator.Uri(user.Email ?? user.UserName ?? "", key));
        GroupedKey = Authenticator.Grouped(key);
    }

    private async Task<bool> IsStaffAsync(AppUser user) =>
        await users.IsInRoleAsync(user, Roles.Counselor) || await users.IsInRoleAsync(user, Roles.AgencyAdmin) || await users.IsInRoleAsync(user, Roles.CityAdmin);
}
