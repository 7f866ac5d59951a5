using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Applications;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Seekers;
using Iljari.Core.Domain.Sharing;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Sharing;

namespace Iljari.Web.Pages.Staff.Shared;

/// <summary>
/// What another agency may see of a seeker: exactly the items of the live consents naming it, nothing else. No live
/// consent → 404, the same as an unknown id. Each view writes one access-log row listing the items shown.
/// </summary>
public class DetailModel(AppDbContext db, TimeProvider time, AccessLogger accessLog) : PageModel
{
    public sealed record SummaryRow(DateTime At, string Agency, string Summary);
    public sealed record ApplicationRow(string PostingTitle, string CompanyName, ApplicationStatus Status, ApplicationSource Source, DateTime UpdatedAt);

    public SharedItems Items { get; private set; }
    public SeekerProfile Seeker { get; private set; } = null!;
    public IReadOnlyList<SummaryRow> Summaries { get; private set; } = [];
    public IReadOnlyList<ApplicationRow> Applications { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!User.IsInRole(Roles.Counselor) && !User.IsInRole(Roles.AgencyAdmin)) return NotFound();
        if (await db.OrganisationIdAsync(User, ct) is not { } agencyId) return NotFound();
        Today = KoreanFormat.TodayInKorea(time);
        Items = await SharedAccess.ItemsAsync(db, agencyId, id, Today, ct);
        if (Items == SharedItems.None) return NotFound();
        await accessLog.RecordAsync(id, AccessActions.SharedView, "공유 열람: " + Items.ShortLabel(), ct);
        Seeker = await db.SeekerProfiles.AsNoTracking().FirstAsync(s => s.Id == id, ct);
        if (Items.HasFlag(SharedItems.CaseSummary))
        {
            var agencies = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, ct);
            Summaries = (await db.CaseNotes.AsNoTracking().Where(n => n.SeekerProfileId == id && n.Summary != null)
                    .Select(n => new { n.CreatedAt, n.AgencyId, n.Summary }).ToListAsync(ct))
                .OrderByDescending(n => n.CreatedAt).Select(n => new SummaryRow(n.CreatedAt, agencies.GetValueOrDefault(n.AgencyId, ""), n.Summary!)).ToList();
        }
        if (Items.HasFlag(SharedItems.Applications))
            Applications = (await db.JobApplications.AsNoTracking().Where(a => a.SeekerProfileId == id)
                    .Join(db.JobPostings, a => a.JobPostingId, p => p.Id, (a, p) => new { p.Title, Company = p.Company!.Name, a.Status, a.Source, a.UpdatedAt })
                    .ToListAsync(ct))
                .OrderByDescending(a => a.UpdatedAt).Select(a => new ApplicationRow(a.Title, a.Company, a.Status, a.Source, a.UpdatedAt)).ToList();
        return Page();
    }
}
