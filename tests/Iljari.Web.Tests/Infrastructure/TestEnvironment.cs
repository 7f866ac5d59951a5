using Npgsql;

namespace Iljari.Web.Tests.Infrastructure;

/// <summary>
/// Where the real dependencies are. Under CI (<c>CI=true</c>) a missing PostgreSQL or Chromium is a failure;
/// under a plain <c>dotnet test</c> those tests are skipped with the reason.
/// </summary>
public static class TestEnvironment
{
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Server connection without a database name; <c>.ci/run</c> sets ILJARI_TEST_POSTGRES.</summary>
    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("ILJARI_TEST_POSTGRES") ?? "Host=127.0.0.1;Port=55432;Username=iljari;Password=iljari";

    private static readonly Lazy<string?> PostgresProblem = new(() =>
    {
        try
        {
            using var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres", Timeout = 3 }.ConnectionString);
            conn.Open();
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException or InvalidOperationException)
        {
            return $"PostgreSQL is not reachable at '{PostgresServer}' ({e.Message}); run bash .ci/run to start it.";
        }
    });

    public static void RequirePostgres() => Require(PostgresProblem.Value);

    public static bool PostgresReachable => PostgresProblem.Value is null;

    public static void Require(string? problem)
    {
        if (problem is null) return;
        if (IsCi) Assert.Fail("CI=true, so this dependency must be present: " + problem);
        Assert.Skip(problem);
    }
}
