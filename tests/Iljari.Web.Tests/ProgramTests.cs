using Iljari.Web.Infrastructure;
using Iljari.Web.Tests.Infrastructure;

namespace Iljari.Web.Tests;

/// <summary>The programs named in the seeds are listed; a seeker sees the ones they may join first, with the reason.</summary>
public class ProgramTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Seed_programs_are_listed_and_a_seeker_sees_eligible_ones_first_with_the_reason()
    {
        var anonymous = await app.Client().GetStringAsync("/Programs", Ct);
        foreach (var name in new[] { "청년캣취업사관학교", "특성화고 취업반", "대학생 직장체험", "경력단절여성 사무행정 직업훈련" })
            Assert.Contains(name, anonymous, StringComparison.Ordinal);
        Assert.DoesNotContain("신청 가능", anonymous, StringComparison.Ordinal);

        // The demo seeker (born April 1999, lives in Goyang, looking for work) is a 청년 but not a 경력단절여성.
        var seeker = await app.SignedInAsync(DemoAccounts.Seeker);
        var age = Core.Domain.Programs.Eligibility.AgeOn(1999, 4, DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9)));
        var page = await seeker.GetStringAsync("/Programs", Ct);
        Assert.Contains($"신청 가능</strong> — 만 {age}세 청년 대상 (고양시 거주)", page, StringComparison.Ordinal);
        Assert.Contains("신청 대상 아님</strong> — 경력단절여성 대상입니다.", page, StringComparison.Ordinal);
        Assert.True(page.IndexOf("청년캣취업사관학교", StringComparison.Ordinal) < page.IndexOf("경력단절여성 사무행정 직업훈련", StringComparison.Ordinal));

        // Declaring the circumstance on the profile makes the program open to her.
        var me = await app.SeekerProfileIdAsync(DemoAccounts.Seeker);
        await app.WithDbAsync(async db =>
        {
            (await db.SeekerProfiles.SingleAsync(s => s.Id == me, Ct)).Circumstances = ["women"];
            return await db.SaveChangesAsync(Ct);
        });
        var after = await seeker.GetStringAsync("/Programs", Ct);
        Assert.Contains("신청 가능</strong> — 경력단절여성 대상 (고양시 거주)", after, StringComparison.Ordinal);
        Assert.Contains("해당하는 지원 대상", await seeker.GetStringAsync("/Seeker/EditProfile", Ct), StringComparison.Ordinal);
    }
}
