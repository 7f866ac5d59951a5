using System.Net;
using Iljari.Core.Domain.Sharing;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Sharing;
using Iljari.Web.Tests.Infrastructure;

namespace Iljari.Web.Tests;

/// <summary>
/// The access log stays one unbroken hash chain when many staff views are logged at once, and a row edited in the
/// database afterwards is found by the same check the <c>verify-access-log</c> command runs. Run on both databases.
/// </summary>
public abstract class AccessLogChainScenario(IljariApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected async Task Concurrent_views_keep_one_chain_and_tampering_is_found()
    {
        var client = await app.SeekerProfileIdAsync(DemoAccounts.Seeker);
        var counselor = await app.SignedInAsync(DemoAccounts.Counselor);
        var before = await app.WithDbAsync(db => db.AccessLog.CountAsync(Ct));

        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => counselor.GetAsync($"/Staff/Clients/Case/{client}", Ct)));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));

        var (count, maxSequence) = await app.WithDbAsync(async db => (await db.AccessLog.CountAsync(Ct), await db.AccessLog.MaxAsync(e => e.Sequence, Ct)));
        Assert.Equal(before + 40, count);
        Assert.Equal(count, maxSequence); // 1 … n without a gap or a twin
        var check = await app.WithDbAsync(db => AccessLogIntegrity.VerifyAsync(db, Ct));
        Assert.True(check.Intact, check.Problem);
        Assert.Equal(count, check.Verified);

        // Someone with database access softens one row's action.
        var victim = await app.WithDbAsync(db => db.AccessLog.Where(e => e.SubjectSeekerProfileId == client).OrderByDescending(e => e.Sequence).Skip(5).Select(e => e.Sequence).FirstAsync(Ct));
        await app.WithDbAsync(db => db.AccessLog.Where(e => e.Sequence == victim).ExecuteUpdateAsync(s => s.SetProperty(e => e.Detail, "없음"), Ct));
        var broken = await app.WithDbAsync(db => AccessLogIntegrity.VerifyAsync(db, Ct));
        Assert.Equal((false, victim, victim - 1), (broken.Intact, broken.BrokenAt, broken.Verified));
        var city = await app.SignedInAsync(DemoAccounts.CityAdmin);
        Assert.Contains($"해시 체인 손상: 순번 {victim}", await city.GetStringAsync("/Admin/AccessLog?handler=Verify", Ct), StringComparison.Ordinal);
    }
}

public class SqliteAccessLogChainTests(SqliteApp app) : AccessLogChainScenario(app), IClassFixture<SqliteApp>
{
    [Fact]
    public Task Concurrent_views_keep_one_chain_and_tampering_is_found_on_sqlite() => Concurrent_views_keep_one_chain_and_tampering_is_found();
}

public class PostgresAccessLogChainTests(PostgresApp app) : AccessLogChainScenario(app), IClassFixture<PostgresApp>
{
    [Fact]
    public Task Concurrent_views_keep_one_chain_and_tampering_is_found_on_postgres()
    {
        TestEnvironment.RequirePostgres();
        return Concurrent_views_keep_one_chain_and_tampering_is_found();
    }
}
