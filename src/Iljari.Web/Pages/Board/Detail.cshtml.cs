using Iljari.Core.Domain.Board;

namespace Iljari.Web.Pages.Board;

[AllowAnonymous]
public class DetailModel(AppDbContext db) : PageModel
{
    public Notice Notice { get; private set; } = null!;
    public string Organisation { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await db.Notices.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, ct) is not { } notice) return NotFound();
        Notice = notice;
        Organisation = await db.Organisations.Where(o => o.Id == notice.OrganisationId).Select(o => o.Name).FirstAsync(ct);
        return Page();
    }
}
