using Iljari.Core.Dashboard;
using Iljari.Core.Domain.Board;
using Iljari.Core.Domain.Events;

namespace Iljari.Web.Infrastructure.Events;

/// <summary>
/// 행사 결과 보고: registrations, attendance, interviews held and passed, and hires by the event's companies within 30 and
/// 90 days of the event, per employer and per 대상 계층. All counted from the tables.
/// </summary>
/// <remarks>
/// The 대상 계층 rows are the dashboard's five (<see cref="DashboardGroups"/>: the same ages, reached in the event's year,
/// and the same 취약계층), then each declared circumstance the dashboard folds into 취약계층 or leaves out (장애인, 저소득,
/// 제대군인), so every group an event can be for (<see cref="TargetGroups"/>) has a row. A person can be in several.
/// </remarks>
public sealed class EventReport(AppDbContext db)
{
    /// <param name="EventTarget">A 대상 계층 row that is one of the event's own target groups.</param>
    public sealed record Line(string Name, int Registered, int Attended, int Interviews, int Held, int Passed, int Hired30, int Hired90, bool EventTarget = false);
    public sealed record Result(Line Total, IReadOnlyList<Line> ByEmployer, IReadOnlyList<Line> ByGroup);

    /// <summary>Target groups the dashboard does not define; their members are those who declared the circumstance.</summary>
    private static readonly string[] DeclaredOnly = [.. TargetGroups.All.Keys.Where(code => !DashboardGroups.IsKnown(code))];

    public async Task<Result> BuildAsync(HiringEvent e, CancellationToken ct)
    {
        var regs = await db.EventRegistrations.AsNoTracking().Where(r => r.EventId == e.Id && r.Status != RegistrationStatus.Cancelled)
            .Join(db.SeekerProfiles, r => r.SeekerProfileId, s => s.Id, (r, s) => new { r.SeekerProfileId, r.Status, r.CheckedInAt, s.Circumstances }).ToListAsync(ct);
        var interviews = await db.EventInterviews.AsNoTracking().Where(i => i.EventId == e.Id).Select(i => new { i.BoothId, i.SeekerProfileId, i.Outcome }).ToListAsync(ct);
        var booths = await db.EventBooths.AsNoTracking().Where(b => b.EventId == e.Id && b.Status == BoothStatus.Approved)
            .Join(db.Companies, b => b.CompanyId, c => c.Id, (b, c) => new { b.Id, b.CompanyId, c.Name }).ToListAsync(ct);
        var companyIds = booths.Select(b => b.CompanyId).ToList();
        var attendees = regs.Where(r => r.CheckedInAt != null).Select(r => r.SeekerProfileId).ToList();
        var (d30, d90) = (e.Date.AddDays(30), e.Date.AddDays(90));
        var hires = await db.Placements.AsNoTracking()
            .Where(p => attendees.Contains(p.SeekerProfileId) && p.CompanyId != null && companyIds.Contains(p.CompanyId.Value) && p.StartDate >= e.Date && p.StartDate <= d90)
            .Select(p => new { p.SeekerProfileId, CompanyId = p.CompanyId!.Value, p.StartDate }).ToListAsync(ct);

        // Members of each group among the registered, by the dashboard's own queries (no second copy of its rules).
        var seekerIds = regs.Select(r => r.SeekerProfileId).ToList();
        var members = new Dictionary<string, HashSet<int>>();
        foreach (var (code, _) in DashboardGroups.All)
            members[code] = [.. await db.SeekerProfiles.Where(s => seekerIds.Contains(s.Id)).In(code, e.Date.Year).Select(s => s.Id).ToListAsync(ct)];
        foreach (var code in DeclaredOnly)
            members[code] = [.. regs.Where(r => r.Circumstances.Contains(code)).Select(r => r.SeekerProfileId)];

        Line Count(string name, Func<int, bool> seeker, Func<int, bool> booth, Func<int, bool> company) => new(name,
            regs.Count(r => r.Status == RegistrationStatus.Registered && seeker(r.SeekerProfileId)),
            regs.Count(r => r.CheckedInAt != null && seeker(r.SeekerProfileId)),
            interviews.Count(i => seeker(i.SeekerProfileId) && booth(i.BoothId)),
            interviews.Count(i => seeker(i.SeekerProfileId) && booth(i.BoothId) && i.Outcome != InterviewOutcome.None),
            interviews.Count(i => seeker(i.SeekerProfileId) && booth(i.BoothId) && i.Outcome == InterviewOutcome.Pass),
            hires.Count(h => seeker(h.SeekerProfileId) && company(h.CompanyId) && h.StartDate <= d30),
            hires.Count(h => seeker(h.SeekerProfileId) && company(h.CompanyId)));

        var total = Count("전체", _ => true, _ => true, _ => true);
        // Per employer, registrations and attendance are those of the seekers who had an interview at that booth.
        var byEmployer = booths.OrderBy(b => b.Name).Select(b =>
        {
            var met = interviews.Where(i => i.BoothId == b.Id).Select(i => i.SeekerProfileId).ToHashSet();
            return Count(b.Name, met.Contains, x => x == b.Id, c => c == b.CompanyId);
        }).ToList();
        var groups = DashboardGroups.All.Concat(DeclaredOnly.Select(code => (Code: code, Label: TargetGroups.Label(code))));
        var byGroup = groups.Select(g => Count(g.Label, members[g.Code].Contains, _ => true, _ => true) with { EventTarget = e.Groups.Contains(g.Code) }).ToList();
        return new Result(total, byEmployer, byGroup);
    }
}
