using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Events;

namespace Iljari.Web.Pages.Events;

/// <summary>채용행사 일정: published events from today on (and the last 30 days), by date, open to everyone.</summary>
[AllowAnonymous]
public class IndexModel(AppDbContext db, TimeProvider time) : PageModel
{
    public sealed record Row(HiringEvent Event, string Agency, int Registered);

    [BindProperty(SupportsGet = true)] public EventKind? Kind { get; set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = KoreanFormat.TodayInKorea(time);
        var from = Today.AddDays(-30);
        var shown = new[] { EventStatus.Published, EventStatus.SchedulePublished, EventStatus.Closed };
        var query = db.HiringEvents.AsNoTracking().Where(e => shown.Contains(e.Status) && e.Date >= from);
        if (Kind is { } kind) query = query.Where(e => e.Kind == kind);
        Rows = await query.OrderBy(e => e.Date).ThenBy(e => e.StartTime).Take(200)
            .Join(db.Agencies, e => e.AgencyId, a => a.Id, (e, a) => new Row(e, a.Name,
                db.EventRegistrations.Count(r => r.EventId == e.Id && r.Status == RegistrationStatus.Registered)))
            .ToListAsync(ct);
    }
}
