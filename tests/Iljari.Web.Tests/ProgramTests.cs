using System.Net;
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

    [Fact]
    public async Task Applying_holds_a_place_or_waits_and_a_cancelled_place_goes_to_the_next()
    {
        var agency = await app.WithDbAsync(db => db.Agencies.Where(a => a.Code == "GOYANG-JOB").Select(a => a.Id).FirstAsync(Ct));
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));
        var programId = await app.WithDbAsync(async db =>
        {
            var p = Core.Domain.Programs.JobProgram.Create(agency, Core.Domain.Programs.ProgramKind.Lecture, "한 자리 특강", "정원 1명", 1, today, today.AddDays(5),
                [new Core.Domain.Programs.EligibilityRule { Year = today.Year, Audience = "구직자" }], DateTime.UtcNow);
            db.Programs.Add(p);
            await db.SaveChangesAsync(Ct);
            return p.Id;
        });
        var other = await app.WithDbAsync(db => db.SeekerProfiles.Where(s => s.Email != DemoAccounts.Seeker).OrderBy(s => s.Id).Select(s => new { s.Id, s.Email, s.UserId }).FirstAsync(Ct));

        var seeker = await app.SignedInAsync(DemoAccounts.Seeker);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(seeker, "/Programs?handler=Apply", new() { ["programId"] = $"{programId}" }, tokenFrom: "/Programs")).StatusCode);
        await Forms.PostAsync(seeker, "/Programs?handler=Apply", new() { ["programId"] = $"{programId}" }, tokenFrom: "/Programs"); // double submit
        var second = await app.SignedInAsync(other.Email);
        await Forms.PostAsync(second, "/Programs?handler=Apply", new() { ["programId"] = $"{programId}" }, tokenFrom: "/Programs");
        var statuses = await app.WithDbAsync(db => db.ProgramApplications.Where(a => a.ProgramId == programId).OrderBy(a => a.Id).Select(a => a.Status).ToListAsync(Ct));
        Assert.Equal([Core.Domain.Programs.ProgramApplicationStatus.Applied, Core.Domain.Programs.ProgramApplicationStatus.Waitlisted], statuses);

        // Only the operating agency's staff manage it.
        var mine = await app.WithDbAsync(db => db.ProgramApplications.Where(a => a.ProgramId == programId).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync(Ct));
        var partner = await app.SignedInAsync(DemoAccounts.PartnerCounselor);
        Assert.Equal(HttpStatusCode.NotFound, (await Forms.PostAsync(partner, "/Staff/Programs?handler=Approve", new() { ["applicationId"] = $"{mine}" }, tokenFrom: "/Notifications/Settings")).StatusCode);
        var staff = await app.SignedInAsync(DemoAccounts.Counselor);
        Assert.Contains("한 자리 특강", await staff.GetStringAsync("/Staff/Programs", Ct), StringComparison.Ordinal);

        // The demo seeker cancels: the waiting seeker gets the place and is told.
        await Forms.PostAsync(seeker, "/Programs?handler=Cancel", new() { ["programId"] = $"{programId}" }, tokenFrom: "/Programs");
        var promoted = await app.WithDbAsync(db => db.ProgramApplications.Where(a => a.ProgramId == programId && a.SeekerProfileId == other.Id).Select(a => a.Status).SingleAsync(Ct));
        Assert.Equal(Core.Domain.Programs.ProgramApplicationStatus.Applied, promoted);
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.UserId == other.UserId && n.Title.Contains("한 자리 특강"), Ct)));
        var promotedId = await app.WithDbAsync(db => db.ProgramApplications.Where(a => a.ProgramId == programId && a.SeekerProfileId == other.Id).Select(a => a.Id).SingleAsync(Ct));
        await Forms.PostAsync(staff, "/Staff/Programs?handler=Approve", new() { ["applicationId"] = $"{promotedId}" }, tokenFrom: "/Staff/Programs");
        Assert.Equal(Core.Domain.Programs.ProgramApplicationStatus.Approved,
            await app.WithDbAsync(db => db.ProgramApplications.Where(a => a.Id == promotedId).Select(a => a.Status).SingleAsync(Ct)));

        // Someone not eligible is refused with the reason.
        var senior = await app.WithDbAsync(db => db.Programs.Where(p => p.Title == "어르신 일자리 상담과 연계").Select(p => p.Id).FirstAsync(Ct));
        await Forms.PostAsync(seeker, "/Programs?handler=Apply", new() { ["programId"] = $"{senior}" }, tokenFrom: "/Programs");
        Assert.Contains("만 65세 이상이 대상입니다", await seeker.GetStringAsync("/Programs", Ct), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.ProgramApplications.AnyAsync(a => a.ProgramId == senior, Ct)));
    }
}
