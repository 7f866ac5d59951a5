using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Enterprises;

namespace Iljari.Web.Infrastructure.Enterprises;

/// <summary>Which enterprises to count: one centre (null: all), a type, a 구.</summary>
public sealed record OutcomeFilter(int? AgencyId = null, SocialEnterpriseType? Type = null, string? GuCode = null);

/// <summary>Enterprises on the register on a date, by type, by the stage they were in that day (also per type), and by 구.</summary>
public sealed record EnterpriseBreakdown(int Total, IReadOnlyDictionary<SocialEnterpriseType, int> ByType,
    IReadOnlyDictionary<SupportStage, int> ByStage, IReadOnlyDictionary<string, int> ByGu,
    IReadOnlyDictionary<(SocialEnterpriseType Type, SupportStage Stage), int> ByTypeAndStage);

/// <summary>인증 progress in a period: new 사회적기업 인증 and new 예비 지정, and how long 예비 → 인증 took on average.</summary>
public sealed record CertificationProgress(int Certified, int PreDesignated, int? AverageDaysToCertification);

/// <summary>The numbers of the board's header (and of the city dashboard's social-economy section).</summary>
public sealed record OutcomeSummary(DateOnly From, DateOnly To, EnterpriseBreakdown Enterprises, JobCount JobsInPeriod, JobCount JobsSinceRegistration,
    CertificationProgress Certification);

/// <summary>
/// One type's jobs: the people employed by its enterprises at their registration and at the period's end (all, and of
/// them 취약계층), and the net jobs created in the period and since registration (<see cref="JobsCreated"/>).
/// </summary>
public sealed record TypeJobs(SocialEnterpriseType Type, int Enterprises, JobCount AtRegistration, JobCount AtEnd, JobCount InPeriod, JobCount SinceRegistration);

/// <summary>매출 규모 of one year (the latest reported up to the period's end) among the enterprises on the register then.</summary>
public sealed record RevenueBands(int? Year, IReadOnlyDictionary<RevenueBand, int> ByBand, int Reported, int Registered);

/// <summary>The city dashboard's 사회적경제 section: the summary, jobs by type, and the revenue bands.</summary>
public sealed record OutcomeReport(OutcomeSummary Summary, IReadOnlyList<TypeJobs> JobsByType, RevenueBands Revenue);

/// <summary>
/// Outcome queries of the social-economy register for the board and for the city's control-tower dashboard (issue 13).
/// Aggregates only, no personal data. Every figure is read from the register and its dated records, so it can be
/// reproduced; the stage on a date comes from the stage history, not today's stage. Rows are loaded per enterprise
/// (a city has a few hundred social-economy enterprises), and the arithmetic is the tested <see cref="JobsCreated"/>.
/// </summary>
public sealed class SocialEconomyOutcomes(AppDbContext db)
{
    public async Task<EnterpriseBreakdown> EnterprisesAsync(DateOnly asOf, OutcomeFilter filter, CancellationToken ct)
    {
        var endUtc = EndOfDayUtc(asOf);
        var rows = await Scoped(filter).Where(e => e.RegisteredOn <= asOf).Select(e => new { e.Id, e.Type, e.GuCode }).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var changes = await db.EnterpriseStageChanges.Where(c => ids.Contains(c.EnterpriseId) && c.At < endUtc)
            .Select(c => new { c.EnterpriseId, c.At, c.Id, c.To }).ToListAsync(ct);
        // The stage that day: the last move before the day ended (registration writes the first one).
        var stageOf = changes.GroupBy(c => c.EnterpriseId).ToDictionary(g => g.Key, g => g.OrderBy(c => c.At).ThenBy(c => c.Id).Last().To);
        SupportStage StageOf(int id) => stageOf.GetValueOrDefault(id, SupportStage.Education);
        var types = Enum.GetValues<SocialEnterpriseType>();
        return new EnterpriseBreakdown(rows.Count,
            types.ToDictionary(t => t, t => rows.Count(r => r.Type == t)),
            SupportPipeline.Stages.ToDictionary(s => s, s => rows.Count(r => StageOf(r.Id) == s)),
            rows.GroupBy(r => r.GuCode).ToDictionary(g => g.Key, g => g.Count()),
            types.SelectMany(t => SupportPipeline.Stages.Select(s => (t, s))).ToDictionary(k => k, k => rows.Count(r => r.Type == k.t && StageOf(r.Id) == k.s)));
    }

    /// <summary>Net jobs created between two dates (inclusive), all and of vulnerable people; see <see cref="JobsCreated"/>.</summary>
    public async Task<JobCount> JobsCreatedAsync(DateOnly from, DateOnly to, OutcomeFilter filter, CancellationToken ct) =>
        JobsCreated.Between(await HeadcountsAsync(to, filter, ct), from, to);

    /// <summary>
    /// Jobs by type: for each enterprise on the register at <paramref name="to"/>, its first headcount (the one written at
    /// registration) and its newest on or before <paramref name="to"/>; the differences are <see cref="JobsCreated"/>'s.
    /// </summary>
    public async Task<IReadOnlyList<TypeJobs>> JobsByTypeAsync(DateOnly from, DateOnly to, OutcomeFilter filter, CancellationToken ct)
    {
        var typeOf = await Scoped(filter).Where(e => e.RegisteredOn <= to).Select(e => new { e.Id, e.Type }).ToDictionaryAsync(e => e.Id, e => e.Type, ct);
        var points = (await HeadcountsAsync(to, filter, ct)).Where(p => typeOf.ContainsKey(p.EnterpriseId)).ToList();
        return Enum.GetValues<SocialEnterpriseType>().Select(type =>
        {
            var mine = points.Where(p => typeOf[p.EnterpriseId] == type).ToList();
            var ends = mine.GroupBy(p => p.EnterpriseId).Select(g => (First: g.MinBy(p => p.AsOf), Last: g.MaxBy(p => p.AsOf))).ToList();
            return new TypeJobs(type, typeOf.Values.Count(t => t == type),
                ends.Aggregate(new JobCount(0, 0), (sum, e) => sum + new JobCount(e.First.Employees, e.First.Vulnerable)),
                ends.Aggregate(new JobCount(0, 0), (sum, e) => sum + new JobCount(e.Last.Employees, e.Last.Vulnerable)),
                JobsCreated.Between(mine, from, to), JobsCreated.Between(mine, DateOnly.MinValue, to));
        }).ToList();
    }

    /// <summary>
    /// The bands of the latest year reported up to <paramref name="to"/>'s year, among the enterprises registered by then
    /// (the centre asks for last year's band early in the year, so the year shown is usually the one before).
    /// </summary>
    public async Task<RevenueBands> RevenueBandsAsync(DateOnly to, OutcomeFilter filter, CancellationToken ct)
    {
        var registered = Scoped(filter).Where(e => e.RegisteredOn <= to);
        var revenues = db.EnterpriseRevenues.Where(r => r.Year <= to.Year && registered.Any(e => e.Id == r.EnterpriseId));
        var year = await revenues.MaxAsync(r => (int?)r.Year, ct);
        var bands = year is { } y ? await revenues.Where(r => r.Year == y).GroupBy(r => r.Band).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct) : [];
        return new RevenueBands(year, Enum.GetValues<RevenueBand>().ToDictionary(b => b, b => bands.FirstOrDefault(x => x.Key == b)?.Count ?? 0),
            bands.Sum(b => b.Count), await registered.CountAsync(ct));
    }

    public async Task<OutcomeReport> ReportAsync(DateOnly from, DateOnly to, OutcomeFilter filter, CancellationToken ct) => new(
        await SummaryAsync(from, to, filter, ct), await JobsByTypeAsync(from, to, filter, ct), await RevenueBandsAsync(to, filter, ct));

    private Task<List<HeadcountPoint>> HeadcountsAsync(DateOnly to, OutcomeFilter filter, CancellationToken ct) =>
        db.EnterpriseHeadcounts.Where(h => Scoped(filter).Any(e => e.Id == h.EnterpriseId) && h.AsOf <= to)
            .Select(h => new HeadcountPoint(h.EnterpriseId, h.AsOf, h.Employees, h.Vulnerable)).ToListAsync(ct);

    public async Task<CertificationProgress> CertificationsAsync(DateOnly from, DateOnly to, OutcomeFilter filter, CancellationToken ct)
    {
        var certified = await Scoped(filter).Where(e => e.CertifiedOn >= from && e.CertifiedOn <= to)
            .Select(e => new { e.DesignatedOn, CertifiedOn = e.CertifiedOn!.Value }).ToListAsync(ct);
        // A 예비 designation is the 지정일 of an enterprise that is (still) 예비, or was before its 인증.
        var preDesignated = await Scoped(filter).CountAsync(e => e.DesignatedOn >= from && e.DesignatedOn <= to
            && (e.Type == SocialEnterpriseType.PreSocial || e.Type == SocialEnterpriseType.Social), ct);
        var spans = certified.Where(c => c.DesignatedOn is not null).Select(c => c.CertifiedOn.DayNumber - c.DesignatedOn!.Value.DayNumber).ToList();
        return new CertificationProgress(certified.Count, preDesignated, spans.Count == 0 ? null : (int)Math.Round(spans.Average()));
    }

    public async Task<OutcomeSummary> SummaryAsync(DateOnly from, DateOnly to, OutcomeFilter filter, CancellationToken ct) => new(from, to,
        await EnterprisesAsync(to, filter, ct),
        await JobsCreatedAsync(from, to, filter, ct),
        await JobsCreatedAsync(DateOnly.MinValue, to, filter, ct),
        await CertificationsAsync(from, to, filter, ct));

    private IQueryable<SocialEnterprise> Scoped(OutcomeFilter f)
    {
        var q = db.SocialEnterprises.AsQueryable();
        if (f.AgencyId is { } agency) q = q.Where(e => e.AgencyId == agency);
        if (f.Type is { } type) q = q.Where(e => e.Type == type);
        if (!string.IsNullOrEmpty(f.GuCode)) q = q.Where(e => e.GuCode == f.GuCode);
        return q;
    }

    /// <summary>The UTC instant the Korean day ends (KST has no daylight saving).</summary>
    private static DateTime EndOfDayUtc(DateOnly kstDay) =>
        DateTime.SpecifyKind(kstDay.AddDays(1).ToDateTime(TimeOnly.MinValue).AddHours(-9), DateTimeKind.Utc);
}
