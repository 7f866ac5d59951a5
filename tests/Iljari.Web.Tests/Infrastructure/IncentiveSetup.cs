using Iljari.Core.Domain.Applications;
using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Counseling;
using Iljari.Core.Domain.Incentives;
using Iljari.Web.Infrastructure.Incentives;
using Microsoft.Extensions.DependencyInjection;

namespace Iljari.Web.Tests.Infrastructure;

/// <summary>Builders for incentive tests: this year's scheme with a budget, and an eligible seeker with a job of a given age.</summary>
public static class IncentiveSetup
{
    public sealed record Client(int SeekerProfileId, string Email, int PlacementId);

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));

    /// <summary>This year's scheme (the demo data may already have one), topped up by <paramref name="topUp"/> 원.</summary>
    public static async Task<int> SchemeAsync(this IljariApp app, long topUp = 0)
    {
        var id = await app.WithDbAsync(async db =>
        {
            if (await db.IncentiveSchemes.FirstOrDefaultAsync(s => s.Year == Today.Year) is { } existing) return existing.Id;
            var scheme = IncentiveScheme.Create(Today.Year, $"{Today.Year}년 취업성공장려금", new IncentiveRules(), DateTime.UtcNow);
            db.IncentiveSchemes.Add(scheme);
            await db.SaveChangesAsync();
            return scheme.Id;
        });
        if (topUp != 0) await app.LedgerAsync(l => l.AllocateAsync(id, topUp, "테스트 배정", "test", default));
        return id;
    }

    public static async Task LedgerAsync(this IljariApp app, Func<IncentiveLedger, Task> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<IncentiveLedger>());
    }

    public static async Task<LedgerBalances> BalancesAsync(this IljariApp app, int schemeId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IncentiveLedger>().BalancesAsync(schemeId, default);
    }

    public static Task<int> JobAgencyIdAsync(this IljariApp app) =>
        app.WithDbAsync(db => db.Agencies.Where(a => a.Code == "GOYANG-JOB").Select(a => a.Id).FirstAsync());

    /// <summary>
    /// A generated seeker not used by other tests (<paramref name="nth"/> from the end), made low-income and resident,
    /// a client of the 고양시 일자리센터 for two years, with one insured full-time job that started <paramref name="monthsAgo"/>
    /// months ago (plus <paramref name="extraDays"/>).
    /// </summary>
    public static Task<Client> EligibleClientAsync(this IljariApp app, int nth, int monthsAgo, int extraDays = 0) => app.WithDbAsync(async db =>
    {
        var agency = await db.Agencies.Where(a => a.Code == "GOYANG-JOB").Select(a => a.Id).FirstAsync();
        var counselor = await db.Users.Where(u => u.Email == Web.Infrastructure.DemoAccounts.Counselor).Select(u => u.Id).FirstAsync();
        var seeker = await db.SeekerProfiles.OrderByDescending(s => s.Id).Skip(nth).FirstAsync();
        seeker.Circumstances = ["lowincome"];
        seeker.LivesInGoyang = true;
        var now = DateTime.UtcNow;
        // Registered two years ago: an existing demo case is moved back, or a new one is opened.
        var existing = await db.CaseAssignments.Where(c => c.SeekerProfileId == seeker.Id && c.AgencyId == agency).ToListAsync();
        foreach (var c in existing) (c.RequestedAt, c.AssignedAt) = (now.AddYears(-2), now.AddYears(-2));
        if (existing.Count == 0)
            db.CaseAssignments.Add(new CaseAssignment { SeekerProfileId = seeker.Id, AgencyId = agency, CounselorUserId = counselor, RequestedAt = now.AddYears(-2), AssignedAt = now.AddYears(-2) });
        var job = Placement.RecordExternal(seeker.Id, "테스트 물류", Today.AddMonths(-monthsAgo).AddDays(-extraDays), null, 40, true, SalaryType.Monthly, 2_500_000, "test", now);
        db.Placements.Add(job);
        await db.SaveChangesAsync();
        return new Client(seeker.Id, seeker.Email, job.Id);
    });

    /// <summary>A filed claim with one evidence row (no file needed for ledger tests), straight through the domain.</summary>
    public static Task<int> FiledClaimAsync(this IljariApp app, int schemeId, Client client, long amount = 500_000) => app.WithDbAsync(async db =>
    {
        var scheme = await db.IncentiveSchemes.FirstAsync(s => s.Id == schemeId);
        var agency = await db.Agencies.Where(a => a.Code == "GOYANG-JOB").Select(a => a.Id).FirstAsync();
        var claim = IncentiveClaim.File(scheme, client.SeekerProfileId, client.PlacementId, agency, new IncentiveMilestone(6, amount), Today, "KB국민은행",
            "123-45-678901", "홍길동", "test", DateTime.UtcNow);
        claim.AddEvidence(ClaimEvidence.Of(EvidenceKind.EmploymentCertificate, Guid.NewGuid().ToString("N") + ".pdf", "재직증명서.pdf", DateTime.UtcNow));
        db.IncentiveClaims.Add(claim);
        await db.SaveChangesAsync();
        return claim.Id;
    });

    /// <summary>More placements for the same seeker, so one seeker can carry many claims (one per chain and milestone).</summary>
    public static Task<Client> AnotherJobAsync(this IljariApp app, Client client, int offsetDays) => app.WithDbAsync(async db =>
    {
        var job = Placement.RecordExternal(client.SeekerProfileId, "테스트 물류 " + offsetDays, Today.AddMonths(-7).AddDays(-offsetDays), Today.AddMonths(-7).AddDays(-offsetDays),
            40, true, SalaryType.Monthly, 2_500_000, "test", DateTime.UtcNow);
        db.Placements.Add(job);
        await db.SaveChangesAsync();
        return client with { PlacementId = job.Id };
    });

    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF"u8.ToArray();
}
