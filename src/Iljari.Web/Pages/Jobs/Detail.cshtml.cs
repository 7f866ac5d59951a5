using Iljari.Core.Domain.Postings;
using Iljari.Web.Infrastructure;

namespace Iljari.Web.Pages.Jobs;

/// <summary>Public posting page. Drafts are visible only to their own company; anyone else gets 404.</summary>
[AllowAnonymous]
public class DetailModel(AppDbContext db) : PageModel
{
    public JobPosting Posting { get; private set; } = null!;
    public string JsonLd { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var posting = await db.JobPostings.AsNoTracking().Include(p => p.Company).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (posting is null) return NotFound();
        if (posting.Status == PostingStatus.Draft && await db.CompanyIdAsync(User, ct) != posting.CompanyId) return NotFound();
        Posting = posting;
        JsonLd = JobPostingJsonLd.Serialize(posting, $"{Request.Scheme}://{Request.Host}");
        return Page();
    }
}
