using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Events;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Events;

namespace Iljari.Web.Pages.Seeker;

/// <summary>
/// 내 채용행사: registrations, the published interview timetable (printable, and as an .ics file for the phone's
/// calendar), and the entry QR code for the day.
/// </summary>
public class EventsModel(AppDbContext db, TimeProvider time, CheckInTokens tokens) : PageModel
{
    public sealed record Slot(int RegistrationId, DateTime StartAt, DateTime EndAt, string Company);
    public sealed record Row(HiringEvent Event, EventRegistration Registration, IReadOnlyList<Slot> Interviews, string? QrSvg, string? Token);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var profileId = await db.SeekerProfileIdAsync(User, ct);
        var today = KoreanFormat.TodayInKorea(time);
        var regs = await db.EventRegistrations.AsNoTracking().Where(r => r.SeekerProfileId == profileId && r.Status != RegistrationStatus.Cancelled)
            .Join(db.HiringEvents, r => r.EventId, e => e.Id, (r, e) => new { r, e }).Where(x => x.e.Date >= today.AddDays(-30))
            .OrderBy(x => x.e.Date).Take(50).ToListAsync(ct);
        var published = regs.Where(x => x.e.Status == EventStatus.SchedulePublished).Select(x => x.r.Id).ToList();
        var slotsByRegistration = (await SlotsAsync(published, ct)).ToLookup(s => s.RegistrationId);
        var rows = new List<Row>();
        foreach (var x in regs)
        {
            IReadOnlyList<Slot> slots = slotsByRegistration[x.r.Id].ToList();
            // The entry code is shown for a confirmed place until the event is over.
            string? token = x.r.Status == RegistrationStatus.Registered && x.e.IsOpen && x.e.Date >= today
                ? tokens.Issue(x.e.Id, x.r.Id, x.e.Date.AddDays(1).ToDateTime(TimeOnly.MinValue).AddHours(-9)) : null;
            rows.Add(new Row(x.e, x.r, slots, token is null ? null : CheckInTokens.QrSvg(token), token));
        }
        Rows = rows;
    }

    /// <summary>The timetable as an iCalendar file (RFC 5545) for the seeker's phone.</summary>
    public async Task<IActionResult> OnGetIcsAsync(int eventId, CancellationToken ct)
    {
        var profileId = await db.SeekerProfileIdAsync(User, ct);
        var x = await db.EventRegistrations.AsNoTracking().Where(r => r.EventId == eventId && r.SeekerProfileId == profileId && r.Status == RegistrationStatus.Registered)
            .Join(db.HiringEvents, r => r.EventId, e => e.Id, (r, e) => new { r, e }).FirstOrDefaultAsync(ct);
        if (x is null) return NotFound();
        IEnumerable<IcsFile.Entry> entries = [new($"event-{x.e.Id}-reg-{x.r.Id}@iljari", x.e.Title, x.e.Place, x.e.StartsAtUtc, x.e.StartsAtUtc.AddMinutes(x.e.LengthMinutes))];
        if (x.e.Status == EventStatus.SchedulePublished)
            entries = entries.Concat((await SlotsAsync([x.r.Id], ct)).Select(s =>
                new IcsFile.Entry($"event-{x.e.Id}-reg-{x.r.Id}-{s.StartAt.Ticks}@iljari", $"면접: {s.Company}", x.e.Place, s.StartAt, s.EndAt)));
        return File(IcsFile.Build(entries), IcsFile.ContentType, $"event-{x.e.Id}.ics");
    }

    /// <summary>The interviews of several registrations in one query, by time.</summary>
    private async Task<IReadOnlyList<Slot>> SlotsAsync(IReadOnlyCollection<int> registrationIds, CancellationToken ct) =>
        registrationIds.Count == 0 ? [] : (await db.EventInterviews.AsNoTracking().Where(i => registrationIds.Contains(i.RegistrationId))
            .Join(db.EventBooths, i => i.BoothId, b => b.Id, (i, b) => new { i.RegistrationId, i.StartAt, i.EndAt, b.CompanyId })
            .Join(db.Companies, x => x.CompanyId, c => c.Id, (x, c) => new { x.RegistrationId, x.StartAt, x.EndAt, c.Name }).ToListAsync(ct))
        .OrderBy(x => x.StartAt).Select(x => new Slot(x.RegistrationId, x.StartAt, x.EndAt, x.Name)).ToList();
}
