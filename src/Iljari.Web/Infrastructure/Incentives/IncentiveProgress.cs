using Iljari.Core.Domain.Applications;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Incentives;

namespace Iljari.Web.Infrastructure.Incentives;

/// <summary>A milestone of a chain: when it was met (if it was) and the claim standing for it (if any).</summary>
public sealed record MilestoneView(IncentiveMilestone Milestone, DateOnly? ReachedOn, IncentiveClaim? Claim)
{
    public bool Claimable => ReachedOn is not null && Claim is null;
}

/// <summary>One chain of continuous employment, started by <see cref="Placement"/>, judged under the scheme's rules.</summary>
public sealed record ChainView(Placement Placement, string Employer, IncentiveVerdict Verdict, ContinuityResult Continuity, IReadOnlyList<MilestoneView> Milestones);

/// <summary>Where a seeker stands for this year's 취업성공장려금.</summary>
public sealed record SeekerIncentive(IncentiveScheme? Scheme, int? AgencyId, IReadOnlyList<ChainView> Chains, IReadOnlyList<Placement> Jobs);

/// <summary>
/// Reads a seeker's jobs and claims and works out their chains of continuous employment. A chain starts at the first
/// qualifying job; if it breaks, the next qualifying job that starts after the break starts a new chain. Each chain's
/// milestones can be claimed once.
/// </summary>
public sealed class IncentiveProgress(AppDbContext db, TimeProvider time)
{
    public Task<IncentiveScheme?> SchemeForAsync(int year, CancellationToken ct) =>
        db.IncentiveSchemes.AsNoTracking().FirstOrDefaultAsync(s => s.Year == year, ct);

    public async Task<SeekerIncentive> ForSeekerAsync(int seekerProfileId, CancellationToken ct)
    {
        var today = KoreanFormat.TodayInKorea(time);
        var scheme = await SchemeForAsync(today.Year, ct);
        var jobs = await db.Placements.AsNoTracking().Where(p => p.SeekerProfileId == seekerProfileId).OrderBy(p => p.StartDate).ThenBy(p => p.Id).ToListAsync(ct);
        var cases = await db.CaseAssignments.AsNoTracking().Where(c => c.SeekerProfileId == seekerProfileId)
            .Select(c => new { c.AgencyId, c.RequestedAt, c.AssignedAt, c.ClosedAt }).ToListAsync(ct);
        // The agency that handles the case now reviews the claim; otherwise the one that handled it last.
        var agencyId = cases.OrderBy(c => c.ClosedAt is null).ThenBy(c => c.RequestedAt).Select(c => (int?)c.AgencyId).LastOrDefault();
        if (scheme is null || jobs.Count == 0) return new SeekerIncentive(scheme, agencyId, [], jobs);

        var profile = await db.SeekerProfiles.AsNoTracking().Where(s => s.Id == seekerProfileId)
            .Select(s => new { s.Circumstances, s.LivesInGoyang }).FirstAsync(ct);
        var registered = cases.Count == 0 ? (DateOnly?)null
            : cases.Min(c => DateOnly.FromDateTime(KoreanFormat.ToKst(c.RequestedAt == default ? c.AssignedAt : c.RequestedAt)));
        var claims = await db.IncentiveClaims.AsNoTracking().Where(c => c.SeekerProfileId == seekerProfileId && IncentiveClaim.Live.Contains(c.Status))
            .ToListAsync(ct);
        var companyIds = jobs.Where(j => j.CompanyId != null).Select(j => j.CompanyId!.Value).Distinct().ToList();
        var companies = await db.Companies.AsNoTracking().Where(c => companyIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);

        var rules = scheme.Rules;
        var spells = jobs.Select(j => j.Spell).ToList();
        var milestoneMonths = rules.Milestones.Select(m => m.Months).ToList();
        var chains = new List<ChainView>();
        DateOnly? chainEnd = null; // chains cannot overlap: the next starts after the previous one broke
        foreach (var job in jobs.Where(j => Continuity.Qualifies(j.Spell, rules.Continuity)))
        {
            if (chainEnd is null && chains.Count > 0) break; // the current chain is still going
            if (chainEnd is { } end && job.StartDate <= end) continue;
            var continuity = Continuity.Compute(spells, rules.Continuity, job.StartDate, today, milestoneMonths);
            var verdict = IncentiveEligibility.Check(rules, new IncentiveFacts(profile.Circumstances, profile.LivesInGoyang, registered, job.Spell));
            var milestones = rules.Milestones.OrderBy(m => m.Months).Select(m => new MilestoneView(m,
                continuity.ReachedOn.TryGetValue(m.Months, out var on) ? on : null,
                claims.FirstOrDefault(c => c.PlacementId == job.Id && c.MilestoneMonths == m.Months))).ToList();
            chains.Add(new ChainView(job, job.CompanyId is { } cid ? companies.GetValueOrDefault(cid, "") : job.EmployerName, verdict, continuity, milestones));
            chainEnd = continuity.BrokenOn;
        }
        return new SeekerIncentive(scheme, agencyId, chains, jobs);
    }
}
