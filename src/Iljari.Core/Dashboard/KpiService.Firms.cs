namespace Iljari.Core.Dashboard;

/// <summary>지원기업 일자리 창출 as a monthly KPI (definition in <see cref="SupportedFirms"/>).</summary>
public sealed partial class KpiService
{
    private async Task<Tally[]> SupportedFirmJobsAsync(DashboardFilter f, CancellationToken ct)
    {
        var firms = new SupportedFirms(db);
        // The agency filter here means "supported by that agency", not "registered seekers", so placements are not narrowed by it.
        var hires = await firms.HiresByMonthAsync(f, PlacementsIn(f with { AgencyId = null }, f.From, f.To), ct);
        var growth = string.IsNullOrEmpty(f.Group) ? await firms.HeadcountGrowthByMonthAsync(f, ct) : [];
        return ByMonth(hires.Concat(growth));
    }
}
