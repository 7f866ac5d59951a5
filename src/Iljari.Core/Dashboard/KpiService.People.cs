using Iljari.Core.Domain.Applications;
using Iljari.Core.Domain.Events;
using Iljari.Core.Domain.Programs;
using Microsoft.EntityFrameworkCore;

namespace Iljari.Core.Dashboard;

/// <summary>Placements, the placement rate, hiring events and programs: KPIs about people.</summary>
public sealed partial class KpiService
{
    /// <summary>
    /// 취업 기록 that started in the period, narrowed by the filter: an agency counts placements of seekers registered
    /// with it (a case) on or before the start day; a 구 is the workplace's (the posting's region); a group is the seeker's.
    /// </summary>
    public IQueryable<Placement> PlacementsIn(DashboardFilter f, DateOnly from, DateOnly to)
    {
        var q = db.Placements.Where(p => p.StartDate >= from && p.StartDate <= to);
        if (f.AgencyId is { } agency)
            q = q.Where(p => db.CaseAssignments.Any(c => c.AgencyId == agency && c.SeekerProfileId == p.SeekerProfileId && DateOnly.FromDateTime(c.RequestedAt) <= p.StartDate));
        if (f.GuPrefix is { } gu)
            q = q.Where(p => db.JobPostings.Any(j => j.Id == p.JobPostingId && j.RegionCode.StartsWith(gu)));
        if (!string.IsNullOrEmpty(f.Group))
        {
            var seekers = db.SeekerProfiles.In(f.Group, f.Year);
            q = q.Where(p => seekers.Any(s => s.Id == p.SeekerProfileId));
        }
        return q;
    }

    private async Task<Tally[]> PlacementsAsync(DashboardFilter f, CancellationToken ct) => ByMonth(await PlacementsIn(f, f.From, f.To)
        .GroupBy(p => p.StartDate.Month).Select(g => new MonthTally(g.Key, g.Count(), 0)).ToListAsync(ct));

    /// <summary>
    /// Seekers registered from the first month of the period (city: account created; agency: case opened there), and of
    /// them those with a job that started on or after registration; both cumulative to each month's end.
    /// </summary>
    private async Task<Tally[]> PlacementRateAsync(DashboardFilter f, CancellationToken ct)
    {
        var (start, end) = (Kst.StartUtc(f.From), Kst.EndUtc(f.To));
        var to = f.To;
        var seekers = string.IsNullOrEmpty(f.Group) ? db.SeekerProfiles : db.SeekerProfiles.In(f.Group, f.Year);
        // City-wide, registration is the profile's own day and its first job is maintained (SeekerProfile.FirstJobOn):
        // one GROUP BY over the (CreatedAt, FirstJobOn) index. An agency registers a seeker when it takes the case, so
        // there the first job after that day is looked up per case (a few thousand rows, not the city's 100,000).
        var rows = f.AgencyId is { } agency
            ? await db.CaseAssignments.Where(c => c.AgencyId == agency && c.RequestedAt >= start && c.RequestedAt < end && seekers.Any(s => s.Id == c.SeekerProfileId))
                .Select(c => new
                {
                    Registered = c.RequestedAt.AddHours(9).Month,
                    Placed = db.Placements.Where(p => p.SeekerProfileId == c.SeekerProfileId && p.StartDate >= DateOnly.FromDateTime(c.RequestedAt.AddHours(9)) && p.StartDate <= to)
                        .Min(p => (DateOnly?)p.StartDate),
                })
                // Grouped by the first job's day itself and turned into months here: a CASE on the month would make the
                // database run the correlated MIN twice per case.
                .GroupBy(x => new { x.Registered, x.Placed }).Select(g => new FirstJobs(g.Key.Registered, g.Key.Placed, g.Count())).ToListAsync(ct)
            : await seekers.Where(s => s.CreatedAt >= start && s.CreatedAt < end)
                .GroupBy(s => new { Registered = s.CreatedAt.AddHours(9).Month, s.FirstJobOn })
                .Select(g => new FirstJobs(g.Key.Registered, g.Key.FirstJobOn, g.Count())).ToListAsync(ct);
        var months = new Tally[12];
        for (var m = 1; m <= 12; m++)
            months[m - 1] = new Tally(
                rows.Where(r => r.FirstJob is { } day && day <= to && day.Month <= m).Sum(r => (long)r.N),
                rows.Where(r => r.Registered <= m).Sum(r => (long)r.N));
        return months;
    }

    /// <summary>Seekers registered in a month whose first job began on a day (none: null).</summary>
    private sealed record FirstJobs(int Registered, DateOnly? FirstJob, int N);

    private async Task<Tally[]> EventParticipantsAsync(DashboardFilter f, CancellationToken ct)
    {
        var events = db.HiringEvents.Where(e => e.Date >= f.From && e.Date <= f.To && e.Status != EventStatus.Cancelled);
        if (f.AgencyId is { } agency) events = events.Where(e => e.AgencyId == agency);
        var registrations = db.EventRegistrations.Where(r => r.CheckedInAt != null);
        if (!string.IsNullOrEmpty(f.Group))
        {
            var seekers = db.SeekerProfiles.In(f.Group, f.Year);
            registrations = registrations.Where(r => seekers.Any(s => s.Id == r.SeekerProfileId));
        }
        return ByMonth(await registrations.Join(events, r => r.EventId, e => e.Id, (r, e) => e.Date)
            .GroupBy(d => d.Month).Select(g => new MonthTally(g.Key, g.Count(), 0)).ToListAsync(ct));
    }

    /// <summary>Placements whose application came out of an event interview (the interview names the application).</summary>
    private async Task<Tally[]> EventHiresAsync(DashboardFilter f, CancellationToken ct)
    {
        var interviews = f.AgencyId is { } agency
            ? db.EventInterviews.Where(i => db.HiringEvents.Any(e => e.Id == i.EventId && e.AgencyId == agency))
            : db.EventInterviews;
        var scoped = PlacementsIn(f with { AgencyId = null }, f.From, f.To)
            .Where(p => p.JobApplicationId != null && interviews.Any(i => i.JobApplicationId == p.JobApplicationId));
        return ByMonth(await scoped.GroupBy(p => p.StartDate.Month).Select(g => new MonthTally(g.Key, g.Count(), 0)).ToListAsync(ct));
    }

    private IQueryable<ProgramApplication> Participants(DashboardFilter f)
    {
        var q = db.ProgramApplications.Where(a => a.Status == ProgramApplicationStatus.Approved);
        if (f.AgencyId is { } agency) q = q.Where(a => db.Programs.Any(p => p.Id == a.ProgramId && p.AgencyId == agency));
        if (!string.IsNullOrEmpty(f.Group))
        {
            var seekers = db.SeekerProfiles.In(f.Group, f.Year);
            q = q.Where(a => seekers.Any(s => s.Id == a.SeekerProfileId));
        }
        return q;
    }

    private async Task<Tally[]> ProgramParticipantsAsync(DashboardFilter f, CancellationToken ct)
    {
        var (start, end) = (Kst.StartUtc(f.From), Kst.EndUtc(f.To));
        return ByMonth(await Participants(f).Where(a => a.DecidedAt >= start && a.DecidedAt < end)
            .GroupBy(a => a.DecidedAt!.Value.AddHours(9).Month).Select(g => new MonthTally(g.Key, g.Count(), 0)).ToListAsync(ct));
    }

    /// <summary>
    /// Participants of programs whose last session fell in the month: completed (attended ≥ the program's bar of all
    /// sessions), and of the completers those employed — a job started from the first session to 3 months after the
    /// last, or a follow-up recorded as 취업.
    /// </summary>
    private async Task<Tally[]> ProgramOutcomesAsync(DashboardFilter f, bool employment, CancellationToken ct)
    {
        var last = f.To < Today ? f.To : Today;
        // Each program's first and last session and session count, computed once per program and joined (as correlated
        // subqueries they ran three times per participant: 134 ms on PostgreSQL at city scale). A program without
        // sessions has no last day and so no outcome, as before.
        var programs = db.ProgramSessions.GroupBy(s => s.ProgramId)
            .Select(g => new { ProgramId = g.Key, First = g.Min(s => s.Date), Last = g.Max(s => s.Date), Sessions = g.Count() });
        var rows = (from a in Participants(f)
                    join s in programs on a.ProgramId equals s.ProgramId
                    join p in db.Programs on a.ProgramId equals p.Id
                    where s.Last >= f.From && s.Last <= last
                    select new
                    {
                        a.Id, a.SeekerProfileId, Percent = p.CompletionPercent, First = (DateOnly?)s.First, Last = (DateOnly?)s.Last, s.Sessions,
                        Attended = db.ProgramAttendance.Count(m => m.ProgramApplicationId == a.Id && (m.Status == AttendanceStatus.Present || m.Status == AttendanceStatus.Late)),
                    })
        .Select(x => new
        {
            Month = x.Last!.Value.Month,
            Completed = x.Attended * 100 >= x.Percent * x.Sessions,
            Employed = db.Placements.Any(p => p.SeekerProfileId == x.SeekerProfileId && p.StartDate >= x.First && p.StartDate <= x.Last!.Value.AddMonths(3))
                || db.ProgramFollowUps.Any(u => u.ProgramApplicationId == x.Id && u.Outcome == FollowUpOutcome.Employed),
        });
        var tallies = employment
            ? rows.Where(x => x.Completed).GroupBy(x => x.Month).Select(g => new MonthTally(g.Key, g.Count(x => x.Employed), g.Count()))
            : rows.GroupBy(x => x.Month).Select(g => new MonthTally(g.Key, g.Count(x => x.Completed), g.Count()));
        return ByMonth(await tallies.ToListAsync(ct), ratio: true);
    }
}
