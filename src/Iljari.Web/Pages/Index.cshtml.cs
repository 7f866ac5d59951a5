using Iljari.Core.Data;
using Iljari.Core.Domain.Postings;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Iljari.Web.Pages;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Infrastructure.Caching.PublicPageCache.PolicyName)]
public class IndexModel(AppDbContext db, IMemoryCache cache) : PageModel
{
    /// <summary>Headline figures move slowly; a minute old is fine and spares three counts on every home page view.</summary>
    public static readonly TimeSpan FiguresLifetime = TimeSpan.FromMinutes(1);

    public int OpenPostings { get; private set; }
    public int Companies { get; private set; }
    public int Agencies { get; private set; }

    private sealed record Figures(int OpenPostings, int Companies, int Agencies);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var figures = await cache.GetOrCreateAsync(typeof(Figures), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = FiguresLifetime;
            entry.Size = 1;
            return new Figures(
                await db.JobPostings.CountAsync(p => p.Status == PostingStatus.Open, ct),
                await db.Companies.CountAsync(ct),
                await db.Agencies.CountAsync(ct));
        });
        (OpenPostings, Companies, Agencies) = (figures!.OpenPostings, figures.Companies, figures.Agencies);
    }
}
