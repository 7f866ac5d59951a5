using Iljari.Core.Data;
using Iljari.Core.Domain.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace Iljari.Core.Dashboard;

/// <summary>One KPI in the monthly report: the month, the same month last year, January to the month, and the year's target.</summary>
public sealed record MonthlyFigure(KpiInfo Info, decimal? Month, decimal? SameMonthLastYear, decimal? YearToDate, long? Target, decimal? TargetPercent);

/// <summary>구인·구직 flows of the month: new registrations, postings published and the people they seek, with last year's month.</summary>
public sealed record MarketFigures(long NewSeekers, long NewSeekersLastYear, long NewPostings, long NewPostingsLastYear, long Openings, long OpeningsLastYear);

/// <summary>월간 일자리 동향 for one month of one scope (the city or one agency).</summary>
public sealed record MonthlyReport(int Year, int Month, IReadOnlyList<MonthlyFigure> Kpis, MarketFigures Market,
    IReadOnlyList<(Dimension Dimension, IReadOnlyList<BreakdownRow> Rows)> Breakdowns);

/// <summary>
/// Builds the monthly report from the dashboard's KPI service, so the report and the dashboard can never disagree, plus
/// the month's registrations and postings. Everything is dated by facts recorded at the time (입사일, 등록일, 게시일 …),
/// so a past month gives the same report whenever it is opened; only records entered later with an earlier date
/// (e.g. an outside job recorded afterwards) change it, as they should.
/// </summary>
public sealed class MonthlyReportBuilder(AppDbContext db, KpiService kpis)
{
    public async Task<MonthlyReport> BuildAsync(int year, int month, int? agencyId, CancellationToken ct)
    {
        var single = new DashboardFilter(year, month, month, agencyId);
        var toDate = new DashboardFilter(year, 1, month, agencyId);
        var monthSeries = await kpis.AllAsync(single, ct);
        var yearSeries = await kpis.AllAsync(toDate, ct);
        var figures = monthSeries.Zip(yearSeries, (m, y) => new MonthlyFigure(m.Info, m.Total, m.LastYearTotal, y.Total, y.Target, y.TargetPercent)).ToList();

        var breakdowns = new List<(Dimension, IReadOnlyList<BreakdownRow>)>();
        foreach (var dimension in Enum.GetValues<Dimension>().Where(d => d != Dimension.Agency || agencyId is null))
            breakdowns.Add((dimension, await kpis.PlacementsByAsync(dimension, single, ct)));
        return new MonthlyReport(year, month, figures, await MarketAsync(single, ct), breakdowns);
    }

    private async Task<MarketFigures> MarketAsync(DashboardFilter f, CancellationToken ct)
    {
        var (seekers, seekersLastYear) = (await NewSeekersAsync(f, ct), await NewSeekersAsync(f.SameMonthsLastYear, ct));
        var (postings, postingsLastYear) = (await PostingsAsync(f, ct), await PostingsAsync(f.SameMonthsLastYear, ct));
        return new MarketFigures(seekers, seekersLastYear, postings.Count, postingsLastYear.Count, postings.Openings, postingsLastYear.Openings);
    }

    /// <summary>The city counts accounts created in the month; an agency counts the cases it opened in the month.</summary>
    private Task<int> NewSeekersAsync(DashboardFilter f, CancellationToken ct)
    {
        var (start, end) = (Kst.StartUtc(f.From), Kst.EndUtc(f.To));
        return f.AgencyId is { } agency
            ? db.CaseAssignments.Where(c => c.AgencyId == agency && c.RequestedAt >= start && c.RequestedAt < end).Select(c => c.SeekerProfileId).Distinct().CountAsync(ct)
            : db.SeekerProfiles.CountAsync(s => s.CreatedAt >= start && s.CreatedAt < end, ct);
    }

    /// <summary>Postings first published in the month and the people they seek; postings belong to no agency, so this is city-wide.</summary>
    private async Task<(int Count, long Openings)> PostingsAsync(DashboardFilter f, CancellationToken ct)
    {
        var (start, end) = (Kst.StartUtc(f.From), Kst.EndUtc(f.To));
        var row = await db.JobPostings.Where(p => p.PublishedAt >= start && p.PublishedAt < end)
            .GroupBy(_ => 1).Select(g => new { N = g.Count(), Openings = g.Sum(p => (long)p.Openings) }).FirstOrDefaultAsync(ct);
        return (row?.N ?? 0, row?.Openings ?? 0);
    }
}
