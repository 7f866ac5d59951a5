using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Events;
using Iljari.Web.Infrastructure;

namespace Iljari.Web.Pages.Staff.Events;

/// <summary>채용행사 관리: the agency's events, newest first, with registrations and booths at a glance.</summary>
public class IndexModel(AppDbContext db) : PageModel
{
    public sealed record Row(HiringEvent Event, int Registered, int Waitlisted, int Booths, int BoothRequests);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!User.IsInRole(Roles.Counselor) && !User.IsInRole(Roles.AgencyAdmin)) return Forbid();
        var agencyId = await db.OrganisationIdAsync(User, ct);
        Rows = await db.HiringEvents.AsNoTracking().Where(e => e.AgencyId == agencyId).OrderByDescending(e => e.Date).Take(200)
            .Select(e => new Row(e,
                db.EventRegistrations.Count(r => r.EventId == e.Id && r.Status == RegistrationStatus.Registered),
                db.EventRegistrations.Count(r => r.EventId == e.Id && r.Status == RegistrationStatus.Waitlisted),
                db.EventBooths.Count(b => b.EventId == e.Id && b.Status == BoothStatus.Approved),
                db.EventBooths.Count(b => b.EventId == e.Id && b.Status == BoothStatus.Requested)))
            .ToListAsync(ct);
        return Page();
    }
}
