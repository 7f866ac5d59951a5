using Iljari.Core.Data;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace Iljari.Core.Dashboard;

/// <summary>
/// The control tower's KPIs, each by month for the chosen months of a year, against the same months last year and the
/// year's target. Every figure is a GROUP BY/COUNT/SUM query over the operational tables (nothing is loaded row by row,
/// nothing is hand-entered), dated by facts that do not change later — 입사일, 게시·마감일, 승인일, 지급일 — so any past
/// period gives the same numbers again. Months after today are left empty.
/// </summary>
public sealed partial class KpiService(AppDbContext db, TimeProvider time)
{
    private DateOnly Today => KoreanFormat.TodayInKorea(time);

    public async Task<IReadOnlyList<KpiSeries>> AllAsync(DashboardFilter f, CancellationToken ct)
    {
        var targets = await TargetsAsync(f.Year, f.AgencyId, ct);
        var result = new List<KpiSeries>();
        foreach (var info in KpiCatalog.All)
            result.Add(await SeriesAsync(info, f, targets.GetValueOrDefault(info.Kpi), ct));
        return result;
    }

    public async Task<KpiSeries> SeriesAsync(KpiInfo info, DashboardFilter f, long? target, CancellationToken ct)
    {
        var thisYear = await MonthlyAsync(info.Kpi, f, ct);
        var lastYear = await MonthlyAsync(info.Kpi, f.SameMonthsLastYear, ct);
        var months = Enumerable.Range(f.FromMonth, f.ToMonth - f.FromMonth + 1).ToList();
        var shown = months.Where(m => new DateOnly(f.Year, m, 1) <= Today).ToList();
        var budget = info.Kpi == Kpi.IncentivePayments && f.AgencyId is null ? await BudgetAsync(f.Year, ct) : (long?)null;
        return new KpiSeries(info, months,
            months.Select(m => shown.Contains(m) ? thisYear[m - 1].Value(info.Unit) : null).ToList(),
            months.Select(m => lastYear[m - 1].Value(info.Unit)).ToList(),
            Aggregate(info, shown.Select(m => thisYear[m - 1]).ToList()),
            Aggregate(info, months.Select(m => lastYear[m - 1]).ToList()),
            target, budget);
    }

    /// <summary>One KPI's twelve months (index 0 = January); months outside the filter stay empty.</summary>
    public Task<Tally[]> MonthlyAsync(Kpi kpi, DashboardFilter f, CancellationToken ct) => kpi switch
    {
        Kpi.Placements => PlacementsAsync(f, ct),
        Kpi.PlacementRate => PlacementRateAsync(f, ct),
        Kpi.EventParticipants => EventParticipantsAsync(f, ct),
        Kpi.EventHires => EventHiresAsync(f, ct),
        Kpi.ProgramParticipants => ProgramParticipantsAsync(f, ct),
        Kpi.ProgramCompletionRate => ProgramOutcomesAsync(f, employment: false, ct),
        Kpi.ProgramEmploymentRate => ProgramOutcomesAsync(f, employment: true, ct),
        Kpi.IncentiveClaims => IncentiveClaimsAsync(f, ct),
        Kpi.IncentivePayments => IncentivePaymentsAsync(f, ct),
        Kpi.SupportedFirmJobs => SupportedFirmJobsAsync(f, ct),
        Kpi.OpenPostings => OpenPostingsAsync(f, ct),
        _ => VacancyDaysAsync(f, ct),
    };

    /// <summary>The year's targets: the agency's own where set, else nothing (a city target is not an agency's).</summary>
    public async Task<Dictionary<Kpi, long>> TargetsAsync(int year, int? agencyId, CancellationToken ct) =>
        await db.KpiTargets.AsNoTracking().Where(t => t.Year == year && t.AgencyId == agencyId).ToDictionaryAsync(t => t.Kpi, t => t.Value, ct);

    private static decimal? Aggregate(KpiInfo info, IReadOnlyList<Tally> months)
    {
        if (months.Count == 0) return null;
        if (info.Aggregation == KpiAggregation.Last) return months[^1].Value(info.Unit);
        return months.Aggregate((a, b) => a + b).Value(info.Unit);
    }

    private static Tally[] ByMonth(IEnumerable<MonthTally> rows, bool ratio = false)
    {
        var months = new Tally[12];
        for (var i = 0; i < 12; i++) months[i] = ratio ? new Tally(0, 0) : new Tally(0);
        foreach (var r in rows.Where(r => r.Month is >= 1 and <= 12))
            months[r.Month - 1] += ratio ? new Tally(r.Num, r.Den) : new Tally(r.Num);
        return months;
    }
}
