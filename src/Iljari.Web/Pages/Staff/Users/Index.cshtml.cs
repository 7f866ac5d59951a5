using Iljari.Core.Domain.Accounts;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Exports;

namespace Iljari.Web.Pages.Staff.Users;

/// <summary>Agency admins see their own agency's staff; the city admin sees every agency's.</summary>
public class IndexModel(AppDbContext db) : PageModel
{
    public sealed record Row(string Id, string Name, string Email, string Agency, string Role, DateTime CreatedAt, bool TwoFactor);

    public bool IsCityAdmin { get; private set; }
    public string AgencyName { get; private set; } = "";
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await StaffAsync(500, ct);

    public async Task<IActionResult> OnGetExcelAsync([FromServices] ExcelExport export, CancellationToken ct)
    {
        var rows = await StaffAsync(int.MaxValue, ct);
        return await export.FileAsync("직원 계정 목록", ExcelSheet.Of("직원", rows,
            ("이름", r => r.Name), ("이메일", r => r.Email), ("기관", r => r.Agency), ("역할", r => Roles.Label(r.Role)), ("등록일", r => r.CreatedAt), ("2단계 인증", r => r.TwoFactor ? "등록" : "미등록")), ct);
    }

    private async Task<List<Row>> StaffAsync(int limit, CancellationToken ct)
    {
        IsCityAdmin = User.IsInRole(Roles.CityAdmin);
        var orgId = await db.OrganisationIdAsync(User, ct);
        AgencyName = await db.Agencies.Where(a => a.Id == orgId).Select(a => a.Name).FirstOrDefaultAsync(ct) ?? "";
        var staffRoles = new[] { Roles.Counselor, Roles.AgencyAdmin, Roles.CityAdmin };
        var query = from u in db.Users
                    join ur in db.UserRoles on u.Id equals ur.UserId
                    join r in db.Roles on ur.RoleId equals r.Id
                    join a in db.Agencies on u.OrganisationId equals a.Id
                    where staffRoles.Contains(r.Name!) && (IsCityAdmin || u.OrganisationId == orgId)
                    orderby a.Name, u.DisplayName
                    select new Row(u.Id, u.DisplayName, u.Email!, a.Name, r.Name!, u.CreatedAt, u.TwoFactorEnabled);
        return await query.Take(limit).ToListAsync(ct);
    }
}
