using System.Net;
using System.Text.RegularExpressions;
using Iljari.Core.Domain.Programs;
using Iljari.Web.Infrastructure;
using Iljari.Web.Tests.Infrastructure;

namespace Iljari.Web.Tests;

/// <summary>Completion on the staff page and the seeker's page, and the certificate only for the completer and the program's staff.</summary>
public class ProgramCompletionTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The text of the cells after the (masked) name in that person's row of the staff table.</summary>
    private static List<string> Cells(string html, string name)
    {
        var row = Regex.Match(html, $"<tr>\\s*<td>{Regex.Escape(Core.Domain.Common.Masking.Name(name))}</td>(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, $"no row for {name}");
        return Regex.Matches(row.Groups[1].Value, "<td>(.*?)</td>", RegexOptions.Singleline).Select(m => m.Groups[1].Value.Trim()).ToList();
    }

    [Fact]
    public async Task Completion_shows_per_participant_and_the_certificate_opens_only_for_the_completer_and_the_programs_staff()
    {
        // Five finished morning sessions; the rule is 80 %.
        var first = ProgramSetup.TodayKst.AddDays(-40);
        var days = Enumerable.Range(0, 5).Select(i => (first.AddDays(7 * i), new TimeOnly(10, 0), new TimeOnly(12, 0))).ToList();
        var agencyId = await app.CounselorAgencyIdAsync();
        var (programId, sessions) = await app.ProgramAsync(agencyId, "수료 판정 과정", days);
        var people = await app.ParticipantsAsync(programId, 2, skip: 2);
        var (done, short_) = (people[0], people[1]);
        // The completer: 3 present, 1 late, 1 absent = 4 of 5. The other: 3 present and 1 excused = 3 of 5.
        AttendanceStatus[] completer = [AttendanceStatus.Present, AttendanceStatus.Late, AttendanceStatus.Absent, AttendanceStatus.Present, AttendanceStatus.Present];
        AttendanceStatus[] other = [AttendanceStatus.Present, AttendanceStatus.Excused, AttendanceStatus.Present, AttendanceStatus.Absent, AttendanceStatus.Present];
        for (var i = 0; i < 5; i++)
        {
            await app.MarkAsync(sessions[i], done.ApplicationId, completer[i]);
            await app.MarkAsync(sessions[i], short_.ApplicationId, other[i]);
        }

        var staff = await app.SignedInAsync(DemoAccounts.Counselor);
        var manage = await staff.GetStringAsync($"/Staff/Programs/Manage/{programId}", Ct);
        Assert.Equal(["4회 / 진행 5회", "80%", "수료"], Cells(manage, done.Name).Take(3));
        Assert.Equal(["3회 / 진행 5회", "60%", "미수료"], Cells(manage, short_.Name).Take(3));
        Assert.Contains($"/Programs/Certificate/{done.ApplicationId}", manage, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Programs/Certificate/{short_.ApplicationId}", manage, StringComparison.Ordinal);

        // The completer sees it on 내 프로그램 and opens the certificate.
        var seeker = await app.SignedInAsync(done.Email);
        var mine = await seeker.GetStringAsync("/Seeker/Programs", Ct);
        Assert.Contains("출석 4회 / 진행 5회", mine, StringComparison.Ordinal);
        Assert.Contains($"/Programs/Certificate/{done.ApplicationId}", mine, StringComparison.Ordinal);
        var certificateUrl = $"/Programs/Certificate/{done.ApplicationId}";
        var certificate = await seeker.GetStringAsync(certificateUrl, Ct);
        var agencyName = await app.WithDbAsync(db => db.Agencies.Where(a => a.Id == agencyId).Select(a => a.Name).SingleAsync(Ct));
        foreach (var text in new[] { "수 료 증", done.Name, "수료 판정 과정", agencyName, $"{first.Year}. {first.Month}. {first.Day}.", $"제{first.AddDays(28).Year}-{programId:D4}-{done.ApplicationId:D6}호" })
            Assert.Contains(text, certificate, StringComparison.Ordinal);

        // The program's staff see it too (and the view is logged with the person as subject).
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(certificateUrl, Ct)).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.AccessLog.AnyAsync(e => e.SubjectSeekerProfileId == done.SeekerProfileId && e.Detail.Contains("수료증"), Ct)));

        // Nobody else: not the one who fell short (own or other's), another seeker, another agency, an employer; anonymous must sign in.
        var shortSeeker = await app.SignedInAsync(short_.Email);
        Assert.Equal(HttpStatusCode.NotFound, (await shortSeeker.GetAsync($"/Programs/Certificate/{short_.ApplicationId}", Ct)).StatusCode);
        foreach (var account in new[] { DemoAccounts.Seeker, DemoAccounts.PartnerCounselor, DemoAccounts.Employer, DemoAccounts.CityAdmin })
        {
            var client = await app.SignedInAsync(account);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(certificateUrl, Ct)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await shortSeeker.GetAsync(certificateUrl, Ct)).StatusCode);
        var anonymous = await app.Client().GetAsync(certificateUrl, Ct);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/Account/Login", anonymous.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nobody_completes_while_a_session_is_still_ahead()
    {
        var today = ProgramSetup.TodayKst;
        var (programId, sessions) = await app.ProgramAsync(await app.CounselorAgencyIdAsync(), "진행 중 과정",
            [(today.AddDays(-7), new TimeOnly(10, 0), new TimeOnly(12, 0)), (today.AddDays(7), new TimeOnly(10, 0), new TimeOnly(12, 0))]);
        var person = (await app.ParticipantsAsync(programId, 1, skip: 5)).Single();
        await app.MarkAsync(sessions[0], person.ApplicationId, AttendanceStatus.Present);

        var staff = await app.SignedInAsync(DemoAccounts.Counselor);
        var manage = await staff.GetStringAsync($"/Staff/Programs/Manage/{programId}", Ct);
        Assert.Equal(["1회 / 진행 1회", "100%", "진행 중"], Cells(manage, person.Name).Take(3));
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/Programs/Certificate/{person.ApplicationId}", Ct)).StatusCode);
    }
}
