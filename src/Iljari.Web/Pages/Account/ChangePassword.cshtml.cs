using System.ComponentModel.DataAnnotations;
using Iljari.Core.Domain.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Iljari.Web.Pages.Account;

public class ChangePasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty, Required(ErrorMessage = "현재 비밀번호를 입력해 주세요."), DataType(DataType.Password)]
    public string Current { get; set; } = "";
    [BindProperty, Required(ErrorMessage = "새 비밀번호를 입력해 주세요."), DataType(DataType.Password)]
    public string New { get; set; } = "";
    [BindProperty, Required(ErrorMessage = "새 비밀번호를 한 번 더 입력해 주세요."), DataType(DataType.Password)]
    public string Confirm { get; set; } = "";

    public bool Required { get; private set; }

    public async Task OnGetAsync() => Required = (await users.GetUserAsync(User))?.MustChangePassword == true;

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        Required = user.MustChangePassword;
        if (New.Length > 0 && Confirm.Length > 0 && New != Confirm) ModelState.AddModelError(nameof(Confirm), "새 비밀번호 확인이 일치하지 않습니다.");
        if (New.Length > 0 && New == Current) ModelState.AddModelError(nameof(New), "새 비밀번호는 현재 비밀번호와 달라야 합니다.");
        if (!ModelState.IsValid) return Page();
        var result = await users.ChangePasswordAsync(user, Current, New);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors) ModelState.AddModelError(e.Code == "PasswordMismatch" ? nameof(Current) : nameof(New), e.Description);
            return Page();
        }
        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        TempData["Notice"] = "비밀번호를 바꿨습니다.";
        return LocalRedirect("/");
    }
}
