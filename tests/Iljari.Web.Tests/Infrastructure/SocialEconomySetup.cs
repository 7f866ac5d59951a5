using Iljari.Core.Domain.Enterprises;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Enterprises;
using Microsoft.Extensions.DependencyInjection;

namespace Iljari.Web.Tests.Infrastructure;

/// <summary>Social-economy enterprises written through the domain (so a test can date them), and the outcome queries.</summary>
public static class SocialEconomySetup
{
    public const string Deokyang = "4128100000", IlsanDong = "4128500000", IlsanSeo = "4128700000";

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));

    public static Task<int> CentreIdAsync(this IljariApp app) => app.WithDbAsync(db =>
        db.Agencies.Where(a => a.Code == SocialEconomyAccess.CentreCode).Select(a => a.Id).FirstAsync());

    public static Dictionary<string, string> Form(string name, string type = "PreSocial", string gu = Deokyang, string? businessNumber = null) => new()
    {
        ["Input.Type"] = type, ["Input.Name"] = name, ["Input.Representative"] = "홍대표", ["Input.BusinessNumber"] = businessNumber ?? "",
        ["Input.GuCode"] = gu, ["Input.Address"] = "경기도 고양시 덕양구 화정동 1", ["Input.DesignatedOn"] = "2026-01-05", ["Input.CertifiedOn"] = "",
        ["Input.SocialMission"] = "경력단절여성 고용", ["Input.Employees"] = "4", ["Input.VulnerableEmployees"] = "2",
    };

    /// <summary>An enterprise of the centre registered on <paramref name="registeredOn"/>, with later dated headcounts.</summary>
    public static Task<int> EnterpriseAsync(this IljariApp app, string name, DateOnly registeredOn, int employees, int vulnerable,
        SocialEnterpriseType type = SocialEnterpriseType.Cooperative, string gu = IlsanSeo, DateOnly? designatedOn = null, DateOnly? certifiedOn = null,
        params (DateOnly AsOf, int Employees, int Vulnerable)[] later) => app.WithDbAsync(async db =>
    {
        var centre = await db.Agencies.Where(a => a.Code == SocialEconomyAccess.CentreCode).Select(a => a.Id).FirstAsync();
        var staff = await db.Users.Where(u => u.Email == DemoAccounts.SocialCounselor).Select(u => u.Id).FirstAsync();
        var e = SocialEnterprise.Register(centre, new SocialEnterpriseFields
        {
            Type = type, Name = name, Representative = "김대표", GuCode = gu, Address = "경기도 고양시", SocialMission = "지역 일자리",
            DesignatedOn = designatedOn ?? registeredOn.AddMonths(-1), CertifiedOn = certifiedOn, Employees = employees, VulnerableEmployees = vulnerable,
        }, registeredOn, staff, "윤가람", DateTime.UtcNow);
        foreach (var (asOf, total, vulnerableNow) in later) e.RecordHeadcount(asOf, total, vulnerableNow, null, Today, staff, DateTime.UtcNow);
        db.SocialEnterprises.Add(e);
        await db.SaveChangesAsync();
        return e.Id;
    });

    public static async Task<T> OutcomesAsync<T>(this IljariApp app, Func<SocialEconomyOutcomes, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<SocialEconomyOutcomes>());
    }
}
