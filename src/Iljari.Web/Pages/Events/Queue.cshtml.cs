using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Events;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Events;

namespace Iljari.Web.Pages.Events;

/// <summary>
/// 부스 대기열: per booth, the interview under way and the next ones, with whether each seeker has arrived. Refreshes
/// itself every 20 seconds (htmx). The event's staff see every booth; an employer only their own. Names are masked.
/// </summary>
[Authorize]
public class QueueModel(AppDbContext db, TimeProvider time) : PageModel
{
    public sealed record Item(DateTime StartAt, DateTime EndAt, string Name, bool Arrived, InterviewOutcome Outcome);
    public sealed record BoothQueue(int BoothId, string Company, IReadOnlyList<Item> Items);

    public HiringEvent Event { get; private set; } = null!;
    public IReadOnlyList<BoothQueue> Booths { get; private set; } = [];
    public DateTime Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? booth, CancellationToken ct) => await LoadAsync(id, booth, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetPartialAsync(int id, int? booth, CancellationToken ct) =>
        await LoadAsync(id, booth, ct) ? Partial("_QueueBoard", this) : NotFound();

    private async Task<bool> LoadAsync(int id, int? boothId, CancellationToken ct)
    {
        var managed = await db.ManagedEventAsync(User, id, ct);
        var own = User.IsInRole(Roles.Employer) ? await db.OwnBoothAsync(User, id, ct) : null;
        if (managed is null && own is not { Status: BoothStatus.Approved }) return false;
        Event = managed ?? await db.HiringEvents.AsNoTracking().FirstAsync(e => e.Id == id, ct);
        Now = time.GetUtcNow().UtcDateTime;
        var booths = db.EventBooths.AsNoTracking().Where(b => b.EventId == id && b.Status == BoothStatus.Approved);
        if (own is not null) booths = booths.Where(b => b.Id == own.Id);
        else if (boothId is { } only) booths = booths.Where(b => b.Id == only);
        var list = await booths.Join(db.Companies, b => b.CompanyId, c => c.Id, (b, c) => new { b.Id, c.Name }).ToListAsync(ct);
        var ids = list.Select(b => b.Id).ToList();
        var since = Now.AddMinutes(-60);
        var items = await db.EventInterviews.AsNoTracking().Where(i => ids.Contains(i.BoothId) && i.EndAt > since)
            .Join(db.EventRegistrations, i => i.RegistrationId, r => r.Id, (i, r) => new { i, r.CheckedInAt })
            .Join(db.SeekerProfiles, x => x.i.SeekerProfileId, s => s.Id, (x, s) => new { x.i, x.CheckedInAt, s.Name }).ToListAsync(ct);
        Booths = list.OrderBy(b => b.Name).Select(b => new BoothQueue(b.Id, b.Name, items.Where(x => x.i.BoothId == b.Id).OrderBy(x => x.i.StartAt).Take(8)
            .Select(x => new Item(x.i.StartAt, x.i.EndAt, Masking.Name(x.Name), x.CheckedInAt is not null, x.i.Outcome)).ToList())).ToList();
        return true;
    }
}
