using System.ComponentModel.DataAnnotations;
using Iljari.Core.Domain.Accounts;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;

namespace Iljari.Web.Pages.Staff.Users;

/// <summary>
/// Direct creation of staff accounts. An agency admin may only create counselors and admins of their own agency;
/// the city admin may create staff for any agency, including other city admins.
/// </summary>
public class CreateModel(AppDbContext db, UserManager<AppUser> users, AccessGrants grants, TimeProvider time) : PageModel
{
    public sealed class StaffInput
    {
        [Required(ErrorMessage = "이메일을 입력해 주세요."), EmailAddress(ErrorMessage = "올바른 이메일 주소를 입력해 주세요.")]
        public string Email { get; set; } = "";
        [Required(ErrorMessage = "이름을 입력해 주세요."), StringLength(30, ErrorMessage = "이름은 30자 이내로 입력해 주세요.")]
        public string Name { get; set; } = "";
        public string Role { get; set; } = Roles.Counselor;
        public int? AgencyId { get; set; }
        [Required(ErrorMessage = "임시 비밀번호를 입력해 주세요.")]
        public string TemporaryPassword { get; set; } = "";
    }

    [BindProperty] public StaffInput Input { get; set; } = new();
    public IReadOnlyList<string> AssignableRoles { get; private set; } = [];
    public IReadOnlyList<Agency> Agencies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadChoicesAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadChoicesAsync(ct);
        if (!AssignableRoles.Contains(Input.Role)) ModelState.AddModelError("Input.Role", "선택할 수 없는 역할입니다.");
        var agency = Agencies.Count == 1 ? Agencies[0] : Agencies.FirstOrDefault(a => a.Id == Input.AgencyId);
        if (agency is null) ModelState.AddModelError("Input.AgencyId", "소속 기관을 선택해 주세요.");
        if (!ModelState.IsValid) return Page();
        var user = new AppUser
        {
            UserName = Input.Email.Trim(), Email = Input.Email.Trim(), DisplayName = Input.Name.Trim(), EmailConfirmed = true,
            OrganisationId = agency!.Id, CreatedAt = time.GetUtcNow().UtcDateTime, MustChangePassword = true,
        };
        // The account, its role and the record of the grant are saved together or not at all.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var result = await users.CreateAsync(user, Input.TemporaryPassword);
        if (result.Succeeded) result = await users.AddToRoleAsync(user, Input.Role);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors) ModelState.AddModelError(e.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.TemporaryPassword" : "Input.Email", e.Description);
            return Page();
        }
        grants.Add(User, user, AccessGrantAction.AccountCreated, AccessGrants.RoleAt(Input.Role, agency.Name), "직원 계정 생성");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        TempData["Notice"] = $"{agency.Name} {Roles.Label(Input.Role)} 계정({user.Email})을 만들었습니다.";
        return RedirectToPage("/Staff/Users/Index");
    }

    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        var isCity = User.IsInRole(Roles.CityAdmin);
        AssignableRoles = isCity ? [Roles.Counselor, Roles.AgencyAdmin, Roles.CityAdmin] : [Roles.Counselor, Roles.AgencyAdmin];
        var orgId = await db.OrganisationIdAsync(User, ct);
        Agencies = await db.Agencies.Where(a => isCity || a.Id == orgId).OrderBy(a => a.Name).ToListAsync(ct);
    }
}
