using System.Net;
using Iljari.Core.Domain.Postings;
using Iljari.Web.Infrastructure;
using Iljari.Web.Tests.Infrastructure;

namespace Iljari.Web.Tests;

/// <summary>A foreign or unknown id answers 404, never another party's data.</summary>
public class OwnershipTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Employer_cannot_open_another_companys_posting_for_editing()
    {
        var foreign = await app.ForeignPostingAsync(PostingStatus.Open);
        var client = await app.SignedInAsync(DemoAccounts.Employer);
        var response = await client.GetAsync($"/Employer/Postings/Edit/{foreign}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Employer_cannot_change_the_status_of_another_companys_posting()
    {
        var foreign = await app.ForeignPostingAsync(PostingStatus.Open);
        var client = await app.SignedInAsync(DemoAccounts.Employer);
        var response = await Forms.PostAsync(client, "/Employer/Postings?handler=Status",
            new() { ["id"] = foreign.ToString(System.Globalization.CultureInfo.InvariantCulture), ["action"] = "Close" }, tokenFrom: "/Employer/Postings/Edit");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var status = await app.WithDbAsync(db => db.JobPostings.Where(p => p.Id == foreign).Select(p => p.Status).FirstAsync(Ct));
        Assert.Equal(PostingStatus.Open, status);
    }

    [Fact]
    public async Task Another_companys_draft_is_invisible_on_the_public_page_and_api()
    {
        var draft = await app.ForeignPostingAsync(PostingStatus.Draft);
        var employer = await app.SignedInAsync(DemoAccounts.Employer);
        Assert.Equal(HttpStatusCode.NotFound, (await employer.GetAsync($"/Jobs/Detail/{draft}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client().GetAsync($"/Jobs/Detail/{draft}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client().GetAsync($"/api/v1/postings/{draft}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Seeker_can_read_only_their_own_profile_through_the_api()
    {
        var (own, other) = await app.WithDbAsync(async db =>
        {
            var seekerId = await db.Users.Where(u => u.Email == DemoAccounts.Seeker).Select(u => u.Id).FirstAsync(Ct);
            var ownId = await db.SeekerProfiles.Where(p => p.UserId == seekerId).Select(p => p.Id).FirstAsync(Ct);
            var otherId = await db.SeekerProfiles.Where(p => p.UserId != seekerId).Select(p => p.Id).FirstAsync(Ct);
            return (ownId, otherId);
        });
        var client = await app.SignedInAsync(DemoAccounts.Seeker);
        var mine = await client.GetAsync($"/api/v1/seekers/{own}", Ct);
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Contains("김하늘", await mine.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/seekers/{other}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/seekers/99999999", Ct)).StatusCode);
        var employer = await app.SignedInAsync(DemoAccounts.Employer);
        Assert.Equal(HttpStatusCode.NotFound, (await employer.GetAsync($"/api/v1/seekers/{own}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client().GetAsync($"/api/v1/seekers/{own}", Ct)).StatusCode);
    }
}
