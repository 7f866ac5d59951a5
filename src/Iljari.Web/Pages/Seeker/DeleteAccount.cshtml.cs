using System.ComponentModel.DataAnnotations;
using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Sharing;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Privacy;
using Iljari.Web.Infrastructure.Sharing;
using Microsoft.AspNetCore.Identity;

namespace Iljari.Web.Pages.Seeker;

/// <summary>
/// 회원 탈퇴: after the password is entered again and the consequences confirmed, the account is anonymised exactly as the
/// retention command does (what the law requires is kept without a name, everything else removed) and signed out.
/// </summary>
public class DeleteAccountModel(AppDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn, SeekerErasure erasure, AccessLogger accessLog)
    : PageModel
{
    [BindProperty, Required(ErrorMessage = "비밀번호를 입력해 주세요."), DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [BindProperty]
    public bool Confirm { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Confirm) ModelState.AddModelError(nameof(Confirm), "탈퇴하려면 안내 내용을 확인했다고 선택해 주세요.");
        if (!ModelState.IsValid) return Page();
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (!await users.CheckPasswordAsync(user, Password))
        {
            ModelState.AddModelError(nameof(Password), "비밀번호가 올바르지 않습니다.");
            return Page();
        }
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            // The row is written first, by the still signed-in account, and commits with the anonymisation.
            await accessLog.RecordAsync(await db.SeekerProfileIdAsync(User, ct), AccessActions.AccountDeletion, "본인이 회원 탈퇴", ct);
            await erasure.AnonymiseAsync(user.Id, ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // An employer moved one of the applications being closed at the same moment: nothing was changed.
            db.ChangeTracker.Clear();
            ModelState.AddModelError("", "그사이 지원 상태가 바뀌어 탈퇴를 마치지 못했습니다. 다시 시도해 주세요.");
            return Page();
        }
        await signIn.SignOutAsync();
        TempData["Notice"] = "회원 탈퇴가 끝났습니다. 개인정보는 익명 처리되었고, 법령상 보관 기록만 이름 없이 남습니다. 그동안 이용해 주셔서 감사합니다.";
        return LocalRedirect("/");
    }
}
