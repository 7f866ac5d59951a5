using System.Net;
using Iljari.Web.Tests.Infrastructure;
using Npgsql;

namespace Iljari.Web.Tests;

/// <summary>A PostgreSQL app without demo data: its database is dropped during the test.</summary>
public sealed class BarePostgresApp() : IljariApp(TestDatabase.Postgres, demoData: false);

/// <summary>
/// <c>/health/live</c> answers while the process runs; <c>/health/ready</c> (and <c>/health</c>) follow the database, so a
/// load balancer stops sending requests to an instance that has lost it (docs/operations.md, "Health checks").
/// </summary>
public class HealthCheckTests(BarePostgresApp app) : IClassFixture<BarePostgresApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ready_follows_the_database_and_live_does_not()
    {
        TestEnvironment.RequirePostgres();
        var client = app.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live", Ct)).StatusCode);
        var ready = await client.GetAsync("/health/ready", Ct);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync(Ct));

        // The database goes away under the running app (its connections are ended too).
        var name = new NpgsqlConnectionStringBuilder(app.ConnectionString).Database!;
        await using (var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresServer) { Database = "postgres" }.ConnectionString))
        {
            await admin.OpenAsync(Ct);
            await using var drop = new NpgsqlCommand($"DROP DATABASE \"{name}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync(Ct);
        }

        var lost = await client.GetAsync("/health/ready", Ct);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, lost.StatusCode);
        Assert.Equal("Unhealthy", await lost.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live", Ct)).StatusCode);
    }
}
