using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Events;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Exports;

namespace Iljari.Web.Pages.Staff.Events;

/// <summary>채용행사 관리: the agency's events, newest first, with registrations and booths at a glance.</summary>
public class IndexModel(AppDbContext db, TimeProvider time) : PageModel
{
    public sealed record Row(HiringEvent Event, int Registered, int Waitlisted, int Booths, int BoothRequests);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public DateOnly Today => KoreanFormat.TodayInKorea(time);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!User.IsInRole(Roles.Counselor) && !User.IsInRole(Roles.AgencyAdmin)) return Forbid();
        Rows = await Events(await db.OrganisationIdAsync(User, ct)).Take(200).ToListAsync(ct);
        return Page();
    }

    /// <summary>Every event of the agency (the page shows the newest 200).</summary>
    public async Task<IActionResult> OnGetExcelAsync([FromServices] ExcelExport export, CancellationToken ct)
    {
        if (!User.IsInRole(Roles.Counselor) && !User.IsInRole(Roles.AgencyAdmin)) return Forbid();
        var rows = await Events(await db.OrganisationIdAsync(User, ct)).ToListAsync(ct);
        return await export.FileAsync("채용행사 목록", ExcelSheet.Of("채용행사", rows,
            ("행사 번호", r => r.Event.Id), ("행사", r => r.Event.Title), ("종류", r => r.Event.Kind.Label()), ("날짜", r => r.Event.Date), ("장소", r => r.Event.Place),
            ("상태", r => r.Event.StatusOn(Today)), ("정원", r => r.Event.Capacity), ("참가 확정", r => r.Registered), ("대기", r => r.Waitlisted),
            ("승인 부스", r => r.Booths), ("승인 대기 부스", r => r.BoothRequests)), ct);
    }

    private IQueryable<Row> Events(int? agencyId) => db.HiringEvents.AsNoTracking().Where(e => e.AgencyId == agencyId).OrderByDescending(e => e.Date)
            .Select(e => new Row(e,
                db.EventRegistrations.Count(r => r.EventId == e.Id && r.Status == RegistrationStatus.Registered),
                db.EventRegistrations.Count(r => r.EventId == e.Id && r.Status == RegistrationStatus.Waitlisted),
                db.EventBooths.Count(b => b.EventId == e.Id && b.Status == BoothStatus.Approved),
                db.EventBooths.Count(b => b.EventId == e.Id && b.Status == BoothStatus.Requested)));
}
