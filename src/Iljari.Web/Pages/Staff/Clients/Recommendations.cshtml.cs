using Iljari.Core.Domain.Seekers;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Matching;

namespace Iljari.Web.Pages.Staff.Clients;

/// <summary>A client's recommended postings, for the counselor preparing a referral (알선). Not a client → 404.</summary>
public class RecommendationsModel(AppDbContext db, RecommendationQueries queries) : PageModel
{
    public SeekerProfile Client { get; private set; } = null!;
    public IReadOnlyList<RecommendedPosting> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var visible = await db.VisibleAssignmentsAsync(User, ct);
        if (!await visible.AnyAsync(a => a.SeekerProfileId == id, ct)) return NotFound();
        Client = await db.SeekerProfiles.AsNoTracking().FirstAsync(s => s.Id == id, ct);
        Items = await queries.ForSeekerAsync(Client, 20, ct);
        return Page();
    }
}
