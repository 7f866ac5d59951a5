using Iljari.Core.Domain.Seekers;
using Iljari.Web.Infrastructure;

namespace Iljari.Web.Pages.Seeker;

public class ProfileModel(AppDbContext db) : PageModel
{
    public SeekerProfile? Profile { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var userId = User.Id();
        Profile = await db.SeekerProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.UserId == userId, ct);
    }
}
