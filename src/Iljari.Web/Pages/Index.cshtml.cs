using Iljari.Core.Data;
using Iljari.Core.Domain.Postings;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Iljari.Web.Pages;

public class IndexModel(AppDbContext db) : PageModel
{
    public int OpenPostings { get; private set; }
    public int Companies { get; private set; }
    public int Agencies { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        OpenPostings = await db.JobPostings.CountAsync(p => p.Status == PostingStatus.Open, ct);
        Companies = await db.Companies.CountAsync(ct);
        Agencies = await db.Agencies.CountAsync(ct);
    }
}
