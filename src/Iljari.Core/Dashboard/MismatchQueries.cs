using Iljari.Core.Data;
using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Postings;
using Iljari.Core.Domain.Programs;
using Microsoft.EntityFrameworkCore;

namespace Iljari.Core.Dashboard;

/// <summary>
/// One occupation (KECO 소분류) in one 구: open positions (sum of 모집 인원 of postings open today), job seekers who want it
/// there, median offered and desired monthly pay, and postings open for more than 30 days. <see cref="Gap"/> &gt; 0 means
/// more positions than seekers (인력 부족); &lt; 0 more seekers than positions (일자리 부족).
/// </summary>
public sealed record MismatchRow(string Occupation, string Gu, long Openings, long Seekers, long? MedianOffered, long? MedianDesired, long OpenOver30Days)
{
    public long Gap => Openings - Seekers;
    public string OccupationName => ReferenceCatalog.Instance.Occupations.NameOf(Occupation) is { Length: > 0 } n ? n : Occupation;
    public string GuName => Gu.Length == 0 ? "지역 무관" : ReferenceCatalog.Instance.Regions.Find(Gu + "00000")?.Name ?? "고양시 외";
}

/// <summary>A program that trains for an occupation and still takes applications.</summary>
public sealed record TrainingProgram(int Id, string Title, string AgencyName, DateOnly ApplicationCloses, IReadOnlyList<string> Occupations);

/// <summary>
/// 일자리 미스매치, computed in the database: grouped counts of postings and of seekers' wishes (the wish lists are
/// kept as rows in <see cref="Domain.Seekers.SeekerWish"/>), and pay as grouped histograms in 10,000원 steps
/// from which the median is read, since SQLite has no median function. Seekers are those not marked 재직 (employed);
/// a seeker who named no region counts under "지역 무관". Pay is in monthly terms (MinimumWage.ToMonthly).
/// </summary>
public sealed class MismatchQueries(AppDbContext db, TimeProvider time)
{
    private const int PayStep = 10_000;

    public async Task<IReadOnlyList<MismatchRow>> RowsAsync(string? guPrefix, string? occupationMajor, CancellationToken ct)
    {
        var today = Domain.Common.KoreanFormat.TodayInKorea(time);
        var stale = Kst.StartUtc(today.AddDays(-30));
        var postings = db.JobPostings.Where(p => p.Status == PostingStatus.Open && p.CloseDate >= today);
        if (!string.IsNullOrEmpty(occupationMajor)) postings = postings.Where(p => p.OccupationCode.StartsWith(occupationMajor));
        if (!string.IsNullOrEmpty(guPrefix)) postings = postings.Where(p => p.RegionCode.StartsWith(guPrefix));

        var open = await postings.GroupBy(p => new { p.OccupationCode, Gu = p.RegionCode.Substring(0, 5) })
            .Select(g => new { g.Key.OccupationCode, g.Key.Gu, Openings = g.Sum(p => p.Openings), Stale = g.Count(p => p.PublishedAt < stale) })
            .ToListAsync(ct);
        var offered = await postings.GroupBy(p => new
            {
                p.OccupationCode, Gu = p.RegionCode.Substring(0, 5),
                Pay = (p.SalaryType == SalaryType.Hourly ? p.SalaryMin * MinimumWage.StandardMonthlyHours
                    : p.SalaryType == SalaryType.Daily ? p.SalaryMin * 2175 / 100
                    : p.SalaryType == SalaryType.Yearly ? p.SalaryMin / 12 : p.SalaryMin) / PayStep,
            })
            .Select(g => new PayBucket(g.Key.OccupationCode, g.Key.Gu, g.Key.Pay, g.Count())).ToListAsync(ct);

        // One row per seeker, wanted occupation and 구: the maintained SeekerWish rows, which exist only for seekers not
        // marked 재직 (SeekerWishInterceptor), so this is a GROUP BY over the covering index with no join.
        var wishes = db.SeekerWishes
            .Select(w => new { Occupation = w.OccupationCode, w.Gu, Pay = w.MonthlyPay / PayStep });
        if (!string.IsNullOrEmpty(occupationMajor)) wishes = wishes.Where(w => w.Occupation.StartsWith(occupationMajor));
        if (!string.IsNullOrEmpty(guPrefix)) wishes = wishes.Where(w => w.Gu == guPrefix || w.Gu == "");
        var wanted = await wishes.GroupBy(w => new { w.Occupation, w.Gu, w.Pay })
            .Select(g => new { g.Key.Occupation, g.Key.Gu, g.Key.Pay, N = g.Count() }).ToListAsync(ct);

        var keys = open.Select(o => (o.OccupationCode, o.Gu)).Union(wanted.Select(w => (w.Occupation, w.Gu))).Distinct();
        var openBy = open.ToDictionary(o => (o.OccupationCode, o.Gu));
        var offeredBy = offered.ToLookup(b => (b.Occupation, b.Gu));
        var wantedBy = wanted.ToLookup(w => (w.Occupation, w.Gu));
        return keys.Select(k =>
        {
            var o = openBy.GetValueOrDefault(k);
            var w = wantedBy[k].ToList();
            return new MismatchRow(k.Item1, k.Item2, o?.Openings ?? 0, w.Sum(x => (long)x.N),
                Median(offeredBy[k].Select(b => (b.Pay, (long)b.N))), Median(w.Where(x => x.Pay != null).Select(x => (x.Pay!.Value, (long)x.N))), o?.Stale ?? 0);
        }).ToList();
    }

    /// <summary>Programs (applications still open or upcoming) that train for any of the occupations.</summary>
    public async Task<IReadOnlyList<TrainingProgram>> ProgramsForAsync(IReadOnlyCollection<string> occupations, CancellationToken ct)
    {
        var today = Domain.Common.KoreanFormat.TodayInKorea(time);
        // One Contains per code (≤ 10 small queries): a list-against-list test cannot be translated on SQLite.
        var ids = new HashSet<int>();
        foreach (var code in occupations.Distinct().Take(10))
            ids.UnionWith(await db.Programs.Where(p => p.ApplicationCloses >= today && p.TargetOccupations.Contains(code)).Select(p => p.Id).ToListAsync(ct));
        if (ids.Count == 0) return [];
        var rows = await db.Programs.Where(p => ids.Contains(p.Id))
            .Join(db.Agencies, p => p.AgencyId, a => a.Id, (p, a) => new { p.Id, p.Title, AgencyName = a.Name, p.ApplicationCloses, p.TargetOccupations })
            .OrderBy(p => p.ApplicationCloses).Take(50).ToListAsync(ct);
        return rows.Select(p => new TrainingProgram(p.Id, p.Title, p.AgencyName, p.ApplicationCloses, p.TargetOccupations)).ToList();
    }

    private sealed record PayBucket(string Occupation, string Gu, long Pay, int N);


    /// <summary>The median of a histogram of 10,000원 steps (the lower middle value for an even count), in 원.</summary>
    private static long? Median(IEnumerable<(long Step, long N)> histogram)
    {
        var buckets = histogram.OrderBy(b => b.Step).ToList();
        var total = buckets.Sum(b => b.N);
        if (total == 0) return null;
        var middle = (total + 1) / 2;
        foreach (var (step, n) in buckets)
        {
            if ((middle -= n) <= 0) return step * PayStep;
        }
        return null;
    }
}
