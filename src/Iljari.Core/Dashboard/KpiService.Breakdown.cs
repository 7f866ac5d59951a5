using Iljari.Core.Domain.Codes;
using Microsoft.EntityFrameworkCore;

namespace Iljari.Core.Dashboard;

/// <summary>The dimensions placements can be broken down by.</summary>
public enum Dimension { Agency, Gu, Group, AgeBand, Industry, Occupation }

/// <summary>One line of a breakdown: this period and the same months last year.</summary>
public sealed record BreakdownRow(string Key, string Label, long Count, long LastYear);

/// <summary>취업자 수 by agency, 구 (workplace), group, age band, industry (KSIC 대분류) or occupation (KECO 중분류).</summary>
public sealed partial class KpiService
{
    public async Task<IReadOnlyList<BreakdownRow>> PlacementsByAsync(Dimension dimension, DashboardFilter f, CancellationToken ct)
    {
        var now = await CountsByAsync(dimension, f, ct);
        var before = await CountsByAsync(dimension, f.SameMonthsLastYear, ct);
        var keys = now.Keys.Union(before.Keys).ToList();
        var agencyNames = dimension == Dimension.Agency
            ? await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), a => a.Name, ct)
            : [];
        var rows = keys.Select(k => new BreakdownRow(k, LabelOf(dimension, k, agencyNames), now.GetValueOrDefault(k), before.GetValueOrDefault(k)));
        // Fixed orders for groups and age bands; the rest by size.
        return dimension switch
        {
            Dimension.Group => DashboardGroups.All.Select(g => rows.FirstOrDefault(r => r.Key == g.Code) ?? new BreakdownRow(g.Code, g.Label, 0, 0)).ToList(),
            Dimension.AgeBand => rows.OrderBy(r => r.Key == "0" ? 99 : int.Parse(r.Key, System.Globalization.CultureInfo.InvariantCulture)).ToList(),
            _ => rows.OrderByDescending(r => r.Count).ThenBy(r => r.Label, StringComparer.Ordinal).ToList(),
        };
    }

    private async Task<Dictionary<string, long>> CountsByAsync(Dimension dimension, DashboardFilter f, CancellationToken ct)
    {
        var year = f.Year;
        // The agency breakdown shows every agency, so it must not be narrowed to one (an agency's own view has one line).
        var placements = PlacementsIn(dimension == Dimension.Agency ? f with { AgencyId = null } : f, f.From, f.To);
        switch (dimension)
        {
            case Dimension.Agency:
                var agencies = db.Agencies.Where(a => !a.IsCityOffice && (f.AgencyId == null || a.Id == f.AgencyId));
                return await agencies.Select(a => new
                    {
                        a.Id,
                        N = placements.Count(p => db.CaseAssignments.Any(c => c.AgencyId == a.Id && c.SeekerProfileId == p.SeekerProfileId
                            && DateOnly.FromDateTime(c.RequestedAt) <= p.StartDate)),
                    })
                    .ToDictionaryAsync(x => x.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), x => (long)x.N, ct);
            case Dimension.Group:
                // One pass over the period's placements, grouped by the facts that decide membership (the same rules as
                // DashboardGroups.In, which the group-filtered KPIs use): five EXISTS queries per year were the slowest breakdown.
                var facts = await placements.Join(db.SeekerProfiles, p => p.SeekerProfileId, s => s.Id, (p, s) => new
                    {
                        Age = year - s.BirthYear,
                        Women = s.Circumstances.Contains("women"),
                        Vulnerable = s.Circumstances.Contains("disabled") || s.Circumstances.Contains("lowincome") || s.Circumstances.Contains("vulnerable"),
                    })
                    .GroupBy(x => new { Band = x.Age >= 65 ? 3 : x.Age >= 40 ? 2 : x.Age >= 35 ? 0 : x.Age >= 15 ? 1 : 0, x.Women, x.Vulnerable })
                    .Select(g => new { g.Key.Band, g.Key.Women, g.Key.Vulnerable, N = g.Count() }).ToListAsync(ct);
                return new Dictionary<string, long>
                {
                    ["youth"] = facts.Where(x => x.Band == 1).Sum(x => (long)x.N),
                    ["middle"] = facts.Where(x => x.Band == 2).Sum(x => (long)x.N),
                    ["senior"] = facts.Where(x => x.Band == 3).Sum(x => (long)x.N),
                    ["women"] = facts.Where(x => x.Women).Sum(x => (long)x.N),
                    ["vulnerable"] = facts.Where(x => x.Vulnerable).Sum(x => (long)x.N),
                };
            case Dimension.AgeBand:
                return await placements.Join(db.SeekerProfiles, p => p.SeekerProfileId, s => s.Id, (p, s) => year - s.BirthYear)
                    .GroupBy(age => age < 15 ? 0 : age < 30 ? 1 : age < 40 ? 2 : age < 50 ? 3 : age < 60 ? 4 : age < 65 ? 5 : 6)
                    .Select(g => new { g.Key, N = g.Count() })
                    .ToDictionaryAsync(x => x.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), x => (long)x.N, ct);
            case Dimension.Industry:
                return Keyed(await placements.GroupJoin(db.Companies, p => p.CompanyId, c => c.Id, (p, cs) => new { p, cs })
                    .SelectMany(x => x.cs.DefaultIfEmpty(), (x, c) => c == null ? null : c.IndustryCode)
                    .GroupBy(k => k).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct), x => Section(x.Key), x => x.N);
            default:
                var gu = dimension == Dimension.Gu;
                return Keyed(await placements.GroupJoin(db.JobPostings, p => p.JobPostingId, j => j.Id, (p, js) => new { p, js })
                    .SelectMany(x => x.js.DefaultIfEmpty(), (x, j) => j == null ? null : gu ? j.RegionCode.Substring(0, 5) : j.OccupationCode.Substring(0, 2))
                    .GroupBy(k => k).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct), x => x.Key, x => x.N);
        }
    }

    private static Dictionary<string, long> Keyed<T>(IEnumerable<T> rows, Func<T, string?> key, Func<T, int> n) =>
        rows.GroupBy(r => key(r) ?? "").ToDictionary(g => g.Key, g => g.Sum(r => (long)n(r)));

    /// <summary>Industry divisions roll up to their KSIC 대분류 (section) so the table stays readable.</summary>
    private static string? Section(string? division) =>
        ReferenceCatalog.Instance.Industries.Find(division) is { Level: "division", ParentCode: { } section } ? section : division;

    private static string LabelOf(Dimension dimension, string key, IReadOnlyDictionary<string, string> agencyNames) => key.Length == 0
        ? "미상(외부 취업)"
        : dimension switch
        {
            Dimension.Agency => agencyNames.GetValueOrDefault(key, key),
            Dimension.Gu => ReferenceCatalog.Instance.Regions.Find(key + "00000")?.Name ?? "고양시 외",
            Dimension.Group => DashboardGroups.Label(key),
            Dimension.AgeBand => DashboardGroups.AgeBands.FirstOrDefault(b => b.Key.ToString(System.Globalization.CultureInfo.InvariantCulture) == key).Label ?? key,
            Dimension.Industry => ReferenceCatalog.Instance.Industries.NameOf(key) is { Length: > 0 } n ? n : key,
            _ => ReferenceCatalog.Instance.Occupations.NameOf(key) is { Length: > 0 } o ? o : key,
        };
}
