using Iljari.Core.Domain.Accounts;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;

namespace Iljari.Web.Pages.Staff.Users;

/// <summary>
/// One staff account's rights: role, agency (city admin only), lock, 2FA reset and a temporary password. Every change
/// needs a reason and is saved together with its <see cref="AccessGrantRecord"/>. Agency admins reach their own agency's
/// counselors and agency admins; nobody changes their own account here (another admin must).
/// </summary>
public class ManageModel(AppDbContext db, UserManager<AppUser> users, AccessGrants grants, TimeProvider time) : PageModel
{
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? NewRole { get; set; }
    [BindProperty] public int? NewAgencyId { get; set; }
    [BindProperty] public string? TemporaryPassword { get; set; }

    public AppUser Subject { get; private set; } = null!;
    public string Role { get; private set; } = "";
    public string AgencyName { get; private set; } = "";
    public bool IsCityAdmin { get; private set; }
    public bool IsSelf { get; private set; }
    public bool Locked { get; private set; }
    public IReadOnlyList<string> AssignableRoles { get; private set; } = [];
    public IReadOnlyList<Agency> Agencies { get; private set; } = [];
    public IReadOnlyList<AccessGrantRecord> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRoleAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (NewRole is null || !AssignableRoles.Contains(NewRole)) ModelState.AddModelError(nameof(NewRole), "선택할 수 없는 역할입니다.");
        else if (NewRole == Role) ModelState.AddModelError(nameof(NewRole), "지금과 같은 역할입니다.");
        var (from, to) = (Role, NewRole ?? "");
        return await ChangeAsync(id, AccessGrantAction.RoleChanged, async u =>
        {
            var result = await users.RemoveFromRoleAsync(u, from);
            return result.Succeeded ? await users.AddToRoleAsync(u, to) : result;
        }, $"{Roles.Label(from)} → {Roles.Label(to)} · {AgencyName}", "역할을 바꿨습니다.", ct);
    }

    public async Task<IActionResult> OnPostAgencyAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!IsCityAdmin) return Forbid();
        var agency = Agencies.FirstOrDefault(a => a.Id == NewAgencyId);
        if (agency is null) ModelState.AddModelError(nameof(NewAgencyId), "소속 기관을 선택해 주세요.");
        else if (agency.Id == Subject.OrganisationId) ModelState.AddModelError(nameof(NewAgencyId), "지금과 같은 기관입니다.");
        return await ChangeAsync(id, AccessGrantAction.AgencyChanged, u =>
        {
            u.OrganisationId = agency!.Id;
            return users.UpdateAsync(u);
        }, $"{AgencyName} → {agency?.Name} ({Roles.Label(Role)})", "소속 기관을 바꿨습니다.", ct);
    }

    public async Task<IActionResult> OnPostLockAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Locked) ModelState.AddModelError("", "이미 잠긴 계정입니다.");
        return await ChangeAsync(id, AccessGrantAction.Locked, async u =>
        {
            var result = await users.SetLockoutEnabledAsync(u, true);
            return result.Succeeded ? await users.SetLockoutEndDateAsync(u, DateTimeOffset.MaxValue) : result;
        }, $"계정 사용 정지 ({AccessGrants.RoleAt(Role, AgencyName)})", "계정을 잠갔습니다. 이 직원은 바로 로그아웃됩니다.", ct);
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!Locked) ModelState.AddModelError("", "잠기지 않은 계정입니다.");
        return await ChangeAsync(id, AccessGrantAction.Unlocked, async u =>
        {
            var result = await users.SetLockoutEndDateAsync(u, null);
            return result.Succeeded ? await users.ResetAccessFailedCountAsync(u) : result;
        }, $"계정 사용 재개 ({AccessGrants.RoleAt(Role, AgencyName)})", "잠금을 풀었습니다.", ct);
    }

    public async Task<IActionResult> OnPostResetTwoFactorAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        return await ChangeAsync(id, AccessGrantAction.TwoFactorReset, async u =>
        {
            var result = await users.SetTwoFactorEnabledAsync(u, false);
            if (result.Succeeded) result = await users.ResetAuthenticatorKeyAsync(u);
            if (result.Succeeded) await users.GenerateNewTwoFactorRecoveryCodesAsync(u, 0);
            return result;
        }, "인증 앱 등록 해제 (다음 로그인 때 다시 등록)", "2단계 인증을 초기화했습니다. 다음 로그인 때 인증 앱을 다시 등록합니다.", ct);
    }

    public async Task<IActionResult> OnPostResetPasswordAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (string.IsNullOrWhiteSpace(TemporaryPassword)) ModelState.AddModelError(nameof(TemporaryPassword), "임시 비밀번호를 입력해 주세요.");
        return await ChangeAsync(id, AccessGrantAction.PasswordReset, async u =>
        {
            var result = await users.ResetPasswordAsync(u, await users.GeneratePasswordResetTokenAsync(u), TemporaryPassword!);
            if (!result.Succeeded) return result;
            u.MustChangePassword = true;
            return await users.UpdateAsync(u);
        }, "임시 비밀번호 발급 (첫 로그인 때 변경)", "임시 비밀번호를 정했습니다. 직원에게 따로 알려 주세요.", ct);
    }

    /// <summary>Applies the change and its record in one transaction; identity errors and a missing reason re-render the page.</summary>
    private async Task<IActionResult> ChangeAsync(string id, AccessGrantAction action, Func<AppUser, Task<IdentityResult>> change,
        string right, string notice, CancellationToken ct)
    {
        if (IsSelf) ModelState.AddModelError("", "본인 계정의 권한은 다른 관리자가 바꿔야 합니다.");
        if (string.IsNullOrWhiteSpace(Reason)) ModelState.AddModelError(nameof(Reason), "변경 사유를 입력해 주세요.");
        if (!ModelState.IsValid) return Page();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var result = await change(Subject);
        // Sessions of the account end on its next request (StaffSafeguards compares the security stamp).
        if (result.Succeeded) result = await users.UpdateSecurityStampAsync(Subject);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors) ModelState.AddModelError(e.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(TemporaryPassword) : "", e.Description);
            return Page();
        }
        grants.Add(User, Subject, action, right, Reason!);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        TempData["Notice"] = notice;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        IsCityAdmin = User.IsInRole(Roles.CityAdmin);
        var orgId = await db.OrganisationIdAsync(User, ct);
        string[] staffRoles = [Roles.Counselor, Roles.AgencyAdmin, Roles.CityAdmin];
        var found = await (from u in db.Users
                           join ur in db.UserRoles on u.Id equals ur.UserId
                           join r in db.Roles on ur.RoleId equals r.Id
                           join a in db.Agencies on u.OrganisationId equals a.Id
                           where u.Id == id && staffRoles.Contains(r.Name!)
                           select new { User = u, Role = r.Name!, Agency = a.Name }).FirstOrDefaultAsync(ct);
        // Another agency's staff, or a city admin seen by an agency admin: as if it did not exist.
        if (found is null || (!IsCityAdmin && (found.User.OrganisationId != orgId || found.Role == Roles.CityAdmin))) return false;
        (Subject, Role, AgencyName) = (found.User, found.Role, found.Agency);
        IsSelf = Subject.Id == User.Id();
        Locked = Subject.LockoutEnd > time.GetUtcNow();
        AssignableRoles = IsCityAdmin ? staffRoles : [Roles.Counselor, Roles.AgencyAdmin];
        Agencies = IsCityAdmin ? await db.Agencies.OrderBy(a => a.Name).ToListAsync(ct) : [];
        History = await db.AccessGrants.AsNoTracking().Where(g => g.SubjectUserId == id).OrderByDescending(g => g.Id).Take(20).ToListAsync(ct);
        return true;
    }
}
