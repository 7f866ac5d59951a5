using Iljari.Core.Domain.Postings;

namespace Iljari.Core.Domain.Seekers;

/// <summary>
/// 희망 직종·지역 as rows: one per seeker, wanted occupation and wanted 구 ("" when the seeker named no region), with the
/// wanted pay in monthly terms. A maintained copy of the profile's lists (rewritten on every save of the profile by
/// <see cref="Iljari.Core.Dashboard.SeekerWishInterceptor"/>) so the mismatch analysis is a plain indexed GROUP BY on both databases;
/// SQLite cannot unnest the JSON lists inside a LINQ query.
/// </summary>
public class SeekerWish
{
    public long Id { get; private set; }
    public int SeekerProfileId { get; private set; }
    public string OccupationCode { get; private set; } = "";
    /// <summary>The first five digits of a 법정동 code (the 구, or a neighbouring city), or "" for anywhere.</summary>
    public string Gu { get; private set; } = "";
    public long? MonthlyPay { get; private set; }

    private SeekerWish() { }

    /// <summary>The rows of a profile; none for a seeker marked 재직 (the mismatch counts only seekers not employed).</summary>
    public static IEnumerable<SeekerWish> Of(int seekerProfileId, SeekerProfile p)
    {
        if (p.Status == Programs.EmploymentStatus.Employed) yield break;
        var gus = p.DesiredRegions.Where(r => r.Length >= 5).Select(r => r[..5]).Distinct().DefaultIfEmpty("").ToList();
        long? pay = p.DesiredSalary is { } s ? MinimumWage.ToMonthly(p.DesiredSalaryType, s) : null;
        foreach (var occupation in p.DesiredOccupations.Where(o => o.Length > 0).Distinct())
            foreach (var gu in gus)
                yield return new SeekerWish { SeekerProfileId = seekerProfileId, OccupationCode = occupation, Gu = gu, MonthlyPay = pay };
    }
}
