using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Guarantees;

namespace Iljari.Web.Infrastructure.Guarantees;

/// <summary>
/// Demo 소상공인 금융 지원 run by the 소상공인지원센터: the 특례보증 of the seeds (200억 원 over 5 years, 5,000만 원 per
/// firm) with a few guarantees in various states, and this year's 운영자금 이차보전 for 300 shops, first come.
/// </summary>
public static class FinanceDemo
{
    public static async Task SeedAsync(AppDbContext db, DateTime now)
    {
        if (await db.GuaranteeSchemes.AnyAsync()) return;
        var today = DateOnly.FromDateTime(KoreanFormat.ToKst(now));
        var agency = await db.Agencies.Where(a => a.Code == FinanceScope.CentreCode).Select(a => a.Id).FirstAsync();
        var staff = await db.Users.Where(u => u.Email == DemoAccounts.MerchantCounselor).Select(u => u.Id).FirstAsync();
        var scheme = GuaranteeScheme.Create(agency, "고양시 소상공인 특례보증", today.Year, 5, 20_000_000_000, 50_000_000, now);
        db.GuaranteeSchemes.Add(scheme);
        db.InterestSupportRounds.Add(InterestSupportRound.Create(agency, today.Year, $"{today.Year}년 소상공인 운영자금 이차보전", 300, InterestSelection.FirstCome,
            200, 50_000_000, 12, new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 12, 31)));
        await db.SaveChangesAsync();

        // Shops other than the demo employer's own café, so its page starts empty and the journey is the employer's to make.
        var shops = await db.Companies.Where(c => c.BusinessNumber != DemoAccounts.CompanyBusinessNumber).OrderBy(c => c.Id).Take(4).Select(c => c.Id).ToListAsync();
        var guarantees = shops.Select((shop, i) => Guarantee.Apply(scheme, shop, 10_000_000 * (i + 2), 60, "IBK기업은행", "운영자금", today)).ToList();
        db.Guarantees.AddRange(guarantees);
        await db.SaveChangesAsync();
        var approved = 0L;
        foreach (var (g, i) in guarantees.Select((g, i) => (g, i)).Take(3))
        {
            g.Approve(scheme, approved, today, staff, now);
            approved += g.Amount;
            if (i == 1) g.Repay(5_000_000, today, staff, now);
        }
        await db.SaveChangesAsync();
    }
}
