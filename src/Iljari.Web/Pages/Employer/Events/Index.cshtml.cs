using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Events;
using Iljari.Web.Infrastructure;

namespace Iljari.Web.Pages.Employer.Events;

/// <summary>채용행사 참여: upcoming interview events open for booths, and the company's own booths.</summary>
public class IndexModel(AppDbContext db, TimeProvider time) : PageModel
{
    public sealed record Row(HiringEvent Event, EventBooth? Booth);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var companyId = await db.CompanyIdAsync(User, ct);
        var today = KoreanFormat.TodayInKorea(time);
        var open = new[] { EventStatus.Published, EventStatus.SchedulePublished };
        var kinds = new[] { EventKind.JobFair, EventKind.OnSiteInterview };
        var events = await db.HiringEvents.AsNoTracking().Where(e => open.Contains(e.Status) && kinds.Contains(e.Kind) && e.Date >= today)
            .OrderBy(e => e.Date).Take(100).ToListAsync(ct);
        var ids = events.Select(e => e.Id).ToList();
        var booths = await db.EventBooths.AsNoTracking().Where(b => ids.Contains(b.EventId) && b.CompanyId == companyId).ToDictionaryAsync(b => b.EventId, ct);
        Rows = events.Select(e => new Row(e, booths.GetValueOrDefault(e.Id))).ToList();
    }
}
