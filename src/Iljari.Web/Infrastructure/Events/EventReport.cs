using Iljari.Core.Domain.Events;

namespace Iljari.Web.Infrastructure.Events;

/// <summary>
/// 행사 결과 보고: registrations, attendance, interviews held and passed, and hires by the event's companies within 30 and
/// 90 days of the event, per employer and per age group (청년 15–34, 중장년 35–64, 노인 65+). All counted from the tables.
/// </summary>
public sealed class EventReport(AppDbContext db)
{
    public sealed record Line(string Name, int Registered, int Attended, int Interviews, int Held, int Passed, int Hired30, int Hired90);
    public sealed record Result(Line Total, IReadOnlyList<Line> ByEmployer, IReadOnlyList<Line> ByGroup);

    public async Task<Result> BuildAsync(HiringEvent e, CancellationToken ct)
    {
        var regs = await db.EventRegistrations.AsNoTracking().Where(r => r.EventId == e.Id && r.Status != RegistrationStatus.Cancelled)
            .Join(db.SeekerProfiles, r => r.SeekerProfileId, s => s.Id, (r, s) => new { r.SeekerProfileId, r.Status, r.CheckedInAt, s.BirthYear }).ToListAsync(ct);
        var interviews = await db.EventInterviews.AsNoTracking().Where(i => i.EventId == e.Id).Select(i => new { i.BoothId, i.SeekerProfileId, i.Outcome }).ToListAsync(ct);
        var booths = await db.EventBooths.AsNoTracking().Where(b => b.EventId == e.Id && b.Status == BoothStatus.Approved)
            .Join(db.Companies, b => b.CompanyId, c => c.Id, (b, c) => new { b.Id, b.CompanyId, c.Name }).ToListAsync(ct);
        var companyIds = booths.Select(b => b.CompanyId).ToList();
        var attendees = regs.Where(r => r.CheckedInAt != null).Select(r => r.SeekerProfileId).ToList();
        var (d30, d90) = (e.Date.AddDays(30), e.Date.AddDays(90));
        var hires = await db.Placements.AsNoTracking()
            .Where(p => attendees.Contains(p.SeekerProfileId) && p.CompanyId != null && companyIds.Contains(p.CompanyId.Value) && p.StartDate >= e.Date && p.StartDate <= d90)
            .Select(p => new { p.SeekerProfileId, CompanyId = p.CompanyId!.Value, p.StartDate }).ToListAsync(ct);

        string Group(int birthYear) => (e.Date.Year - birthYear) switch { < 35 => "청년(15~34세)", < 65 => "중장년(35~64세)", _ => "노인(65세 이상)" };
        var groupOf = regs.ToDictionary(r => r.SeekerProfileId, r => Group(r.BirthYear));

        Line Count(string name, Func<int, bool> seeker, Func<int, bool> booth, Func<int, bool> company) => new(name,
            regs.Count(r => r.Status == RegistrationStatus.Registered && seeker(r.SeekerProfileId)),
            regs.Count(r => r.CheckedInAt != null && seeker(r.SeekerProfileId)),
            interviews.Count(i => seeker(i.SeekerProfileId) && booth(i.BoothId)),
            interviews.Count(i => seeker(i.SeekerProfileId) && booth(i.BoothId) && i.Outcome != InterviewOutcome.None),
            interviews.Count(i => seeker(i.SeekerProfileId) && booth(i.BoothId) && i.Outcome == InterviewOutcome.Pass),
            hires.Count(h => seeker(h.SeekerProfileId) && company(h.CompanyId) && h.StartDate <= d30),
            hires.Count(h => seeker(h.SeekerProfileId) && company(h.CompanyId)));

        var total = Count("전체", _ => true, _ => true, _ => true);
        // Per employer, registrations and attendance are those who chose or met that booth.
        var byEmployer = booths.OrderBy(b => b.Name).Select(b =>
        {
            var met = interviews.Where(i => i.BoothId == b.Id).Select(i => i.SeekerProfileId).ToHashSet();
            return Count(b.Name, met.Contains, x => x == b.Id, c => c == b.CompanyId);
        }).ToList();
        var byGroup = groupOf.Values.Distinct().Order().Select(g => Count(g, s => groupOf.GetValueOrDefault(s) == g, _ => true, _ => true)).ToList();
        return new Result(total, byEmployer, byGroup);
    }
}
