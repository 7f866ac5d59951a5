using System.Globalization;
using System.Net;
using Iljari.Core.Domain.Matching;
using Iljari.Core.Domain.Postings;
using Iljari.Web.Infrastructure;
using Iljari.Web.Tests.Infrastructure;

namespace Iljari.Web.Tests;

/// <summary>추천 일자리, 관심 없음, 추천 인재 with masking, 면접 제안 and the counselor's client view, through the real app.</summary>
public class MatchingTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Seeker_sees_recommendations_with_reasons_and_can_say_not_interested()
    {
        var client = await app.SignedInAsync(DemoAccounts.Seeker);
        var html = await client.GetStringAsync("/Seeker/Recommendations", Ct);
        Assert.Contains("적합도", html, StringComparison.Ordinal);
        Assert.Contains("희망 직종 일치(식당 서비스원)", html, StringComparison.Ordinal);
        var first = int.Parse(Forms.FirstMatch(html, "name=\"postingId\" value=\"(\\d+)\""), CultureInfo.InvariantCulture);

        var response = await Forms.PostAsync(client, "/Seeker/Recommendations?handler=NotInterested", new() { ["postingId"] = $"{first}" }, tokenFrom: "/Seeker/Recommendations");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var after = await client.GetStringAsync("/Seeker/Recommendations", Ct);
        Assert.DoesNotContain($"href=\"/Jobs/Detail/{first}\"", after.Split("관심 없음으로 표시한 공고")[0], StringComparison.Ordinal);
        Assert.Contains("관심 없음으로 표시한 공고 1건", after, StringComparison.Ordinal);
        var rows = await app.WithDbAsync(db => db.NotInterested.CountAsync(n => n.JobPostingId == first, Ct));
        Assert.Equal(1, rows);
        // A second click does not create a second row.
        await Forms.PostAsync(client, "/Seeker/Recommendations?handler=NotInterested", new() { ["postingId"] = $"{first}" }, tokenFrom: "/Seeker/Recommendations");
        Assert.Equal(1, await app.WithDbAsync(db => db.NotInterested.CountAsync(n => n.JobPostingId == first, Ct)));
    }

    [Fact]
    public async Task Employer_sees_candidates_masked_until_the_seeker_accepts_a_proposal()
    {
        var posting = await app.OwnOpenPostingAsync();
        var seekerProfile = await app.SeekerProfileIdAsync(DemoAccounts.Seeker);
        var employer = await app.SignedInAsync(DemoAccounts.Employer);

        var html = await employer.GetStringAsync($"/Employer/Postings/Candidates/{posting}", Ct);
        Assert.Contains("김*늘", html, StringComparison.Ordinal);
        Assert.DoesNotContain("김하늘", html, StringComparison.Ordinal);
        Assert.DoesNotContain("010-2345-6789", html, StringComparison.Ordinal);
        var api = await employer.GetStringAsync($"/api/v1/postings/{posting}/candidates", Ct);
        Assert.Contains("\"name\":\"김*늘\"", api, StringComparison.Ordinal);
        Assert.DoesNotContain("010-2345-6789", api, StringComparison.Ordinal);

        var propose = await Forms.PostAsync(employer, $"/Employer/Postings/Candidates/{posting}?handler=Propose",
            new() { ["seekerProfileId"] = $"{seekerProfile}", ["Message"] = "다음 주 화요일 오후 면접 가능하신가요?" }, tokenFrom: $"/Employer/Postings/Candidates/{posting}");
        Assert.Equal(HttpStatusCode.Redirect, propose.StatusCode);
        // A double submit keeps one live proposal.
        await Forms.PostAsync(employer, $"/Employer/Postings/Candidates/{posting}?handler=Propose",
            new() { ["seekerProfileId"] = $"{seekerProfile}" }, tokenFrom: $"/Employer/Postings/Candidates/{posting}");
        var proposal = await app.WithDbAsync(db => db.InterviewProposals.SingleAsync(p => p.JobPostingId == posting && p.SeekerProfileId == seekerProfile, Ct));
        Assert.Equal(ProposalStatus.Pending, proposal.Status);

        var seeker = await app.SignedInAsync(DemoAccounts.Seeker);
        var inbox = await seeker.GetStringAsync("/Seeker/Proposals", Ct);
        Assert.Contains("다음 주 화요일 오후 면접 가능하신가요?", inbox, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(seeker, "/Seeker/Proposals?handler=Accept", new() { ["id"] = $"{proposal.Id}" }, tokenFrom: "/Seeker/Proposals")).StatusCode);
        // Accepting twice is refused with a Korean message, not an error page.
        var again = await Forms.PostAsync(seeker, "/Seeker/Proposals?handler=Decline", new() { ["id"] = $"{proposal.Id}" }, tokenFrom: "/Seeker/EditProfile");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("거절할 수 없습니다", await seeker.GetStringAsync("/Seeker/Proposals", Ct), StringComparison.Ordinal);
        Assert.Equal(ProposalStatus.Accepted, await app.WithDbAsync(db => db.InterviewProposals.Where(p => p.Id == proposal.Id).Select(p => p.Status).FirstAsync(Ct)));

        // Accepting made an application marked with its source.
        Assert.Equal(Core.Domain.Applications.ApplicationSource.Proposal, await app.WithDbAsync(db =>
            db.JobApplications.Where(a => a.JobPostingId == posting && a.SeekerProfileId == seekerProfile).Select(a => a.Source).SingleAsync(Ct)));
        var revealed = await employer.GetStringAsync($"/Employer/Postings/Candidates/{posting}", Ct);
        Assert.Contains("김하늘", revealed, StringComparison.Ordinal);
        Assert.Contains("010-2345-6789", revealed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_seeker_who_is_not_discoverable_is_never_a_candidate_nor_proposable()
    {
        var posting = await app.OwnOpenPostingAsync();
        var hidden = await app.WithDbAsync(db => db.SeekerProfiles.Where(p => !p.Discoverable).Select(p => new { p.Id, p.Name }).FirstAsync(Ct));
        var employer = await app.SignedInAsync(DemoAccounts.Employer);

        var api = await employer.GetStringAsync($"/api/v1/postings/{posting}/candidates", Ct);
        Assert.DoesNotContain($"\"seekerProfileId\":{hidden.Id},", api, StringComparison.Ordinal);
        var propose = await Forms.PostAsync(employer, $"/Employer/Postings/Candidates/{posting}?handler=Propose",
            new() { ["seekerProfileId"] = $"{hidden.Id}" }, tokenFrom: $"/Employer/Postings/Candidates/{posting}");
        Assert.Equal(HttpStatusCode.NotFound, propose.StatusCode);
    }

    [Fact]
    public async Task Candidates_of_another_companys_posting_are_not_found()
    {
        var foreign = await app.ForeignPostingAsync(PostingStatus.Open);
        var employer = await app.SignedInAsync(DemoAccounts.Employer);

        Assert.Equal(HttpStatusCode.NotFound, (await employer.GetAsync($"/Employer/Postings/Candidates/{foreign}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await employer.GetAsync($"/api/v1/postings/{foreign}/candidates", Ct)).StatusCode);
        var seeker = await app.SignedInAsync(DemoAccounts.Seeker);
        Assert.Equal(HttpStatusCode.Forbidden, (await seeker.GetAsync($"/api/v1/postings/{foreign}/candidates", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client().GetAsync($"/api/v1/postings/{foreign}/candidates", Ct)).StatusCode);
    }

    [Fact]
    public async Task Seeker_recommendations_api_answers_the_seeker_and_their_counselor_only()
    {
        var own = await app.SeekerProfileIdAsync(DemoAccounts.Seeker);
        var clients = await app.WithDbAsync(db => db.CaseAssignments.Select(a => a.SeekerProfileId).ToListAsync(Ct));
        var stranger = await app.WithDbAsync(db => db.SeekerProfiles.Where(p => !clients.Contains(p.Id)).Select(p => p.Id).FirstAsync(Ct));
        var url = (int id) => $"/api/v1/seekers/{id}/recommendations";

        var seeker = await app.SignedInAsync(DemoAccounts.Seeker);
        var mine = await seeker.GetAsync(url(own), Ct);
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Contains("\"reasons\":[", await mine.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await seeker.GetAsync(url(stranger), Ct)).StatusCode);

        var counselor = await app.SignedInAsync(DemoAccounts.Counselor);
        Assert.Equal(HttpStatusCode.OK, (await counselor.GetAsync(url(own), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await counselor.GetAsync(url(stranger), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedInAsync(DemoAccounts.Employer)).GetAsync(url(own), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedInAsync(DemoAccounts.CityAdmin)).GetAsync(url(own), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client().GetAsync(url(own), Ct)).StatusCode);
    }

    [Fact]
    public async Task Counselor_sees_a_clients_recommendations_but_not_a_strangers()
    {
        var own = await app.SeekerProfileIdAsync(DemoAccounts.Seeker);
        var clients = await app.WithDbAsync(db => db.CaseAssignments.Select(a => a.SeekerProfileId).ToListAsync(Ct));
        var stranger = await app.WithDbAsync(db => db.SeekerProfiles.Where(p => !clients.Contains(p.Id)).Select(p => p.Id).FirstAsync(Ct));
        var counselor = await app.SignedInAsync(DemoAccounts.Counselor);

        var list = await counselor.GetStringAsync("/Staff/Clients", Ct);
        Assert.Contains("김*늘", list, StringComparison.Ordinal); // names are masked in lists
        var page = await counselor.GetStringAsync($"/Staff/Clients/Recommendations/{own}", Ct);
        Assert.Contains("적합도", page, StringComparison.Ordinal);
        Assert.DoesNotContain("관심 없음</button>", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await counselor.GetAsync($"/Staff/Clients/Recommendations/{stranger}", Ct)).StatusCode);
        var city = await app.SignedInAsync(DemoAccounts.CityAdmin);
        Assert.Equal(HttpStatusCode.NotFound, (await city.GetAsync($"/Staff/Clients/Recommendations/{own}", Ct)).StatusCode);
    }
}

/// <summary>The matching tables, filtered unique index and snapshot build on PostgreSQL.</summary>
public class PostgresMatchingTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Recommendations_candidates_and_a_second_live_proposal_behave_the_same_on_postgres()
    {
        TestEnvironment.RequirePostgres();
        var seeker = await app.SignedInAsync(DemoAccounts.Seeker);
        Assert.Contains("적합도", await seeker.GetStringAsync("/Seeker/Recommendations", Ct), StringComparison.Ordinal);

        var (posting, company, profile) = await app.WithDbAsync(async db =>
        {
            var p = await db.JobPostings.Where(x => x.Company!.BusinessNumber == DemoAccounts.CompanyBusinessNumber).Select(x => new { x.Id, x.CompanyId }).FirstAsync(Ct);
            var s = await db.SeekerProfiles.Where(x => x.Email == DemoAccounts.Seeker).Select(x => x.Id).FirstAsync(Ct);
            return (p.Id, p.CompanyId, s);
        });
        var employer = await app.SignedInAsync(DemoAccounts.Employer);
        Assert.Contains("김*늘", await employer.GetStringAsync($"/Employer/Postings/Candidates/{posting}", Ct), StringComparison.Ordinal);

        // The filtered unique index refuses a second live proposal even when the page's check is bypassed.
        var now = DateTime.UtcNow;
        await app.WithDbAsync(db => { db.InterviewProposals.Add(InterviewProposal.Create(posting, company, profile, "x", null, now)); return db.SaveChangesAsync(Ct); });
        await Assert.ThrowsAsync<DbUpdateException>(() => app.WithDbAsync(db =>
        {
            db.InterviewProposals.Add(InterviewProposal.Create(posting, company, profile, "x", null, now));
            return db.SaveChangesAsync(Ct);
        }));
    }
}
