using Iljari.Core.Domain.Accounts;
using Iljari.Web.Infrastructure;

namespace Iljari.Web.Pages.Staff.Users;

/// <summary>Agency admins see their own agency's staff; the city admin sees every agency's.</summary>
public class IndexModel(AppDbContext db) : PageModel
{
    public sealed record Row(string Name, string Email, string Agency, string Role, DateTime CreatedAt);

    public bool IsCityAdmin { get; private set; }
    public string AgencyName { get; private set; } = "";
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
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
                    select new Row(u.DisplayName, u.Email!, a.Name, r.Name!, u.CreatedAt);
        Rows = await query.Take(500).ToListAsync(ct);
    }
}
