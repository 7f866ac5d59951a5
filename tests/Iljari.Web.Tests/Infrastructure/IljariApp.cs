using Iljari.Core.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Iljari.Web.Tests.Infrastructure;

public enum TestDatabase { Sqlite, Postgres }

/// <summary>
/// The real app on a real, private database: a fresh SQLite file, or a fresh PostgreSQL database, migrated and
/// filled with the Tiny demo set (including the five demo accounts). Dropped again on dispose. Without
/// <paramref name="demoData"/> the database is left as found (e.g. restored from a backup before the app starts).
/// </summary>
public class IljariApp(TestDatabase database = TestDatabase.Sqlite, bool demoData = true) : WebApplicationFactory<Program>
{
    private readonly string _name = "iljari_test_" + Guid.NewGuid().ToString("N")[..12];
    private string? _sqlitePath;

    /// <summary>This app's database, known before the host starts.</summary>
    public string ConnectionString => database == TestDatabase.Postgres
        ? new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresServer) { Database = _name }.ConnectionString
        : $"Data Source={_sqlitePath ??= Path.Combine(Path.GetTempPath(), "iljari-tests", _name + ".db")}";

    public TestDatabase Database => database;

    /// <summary>Whether an authenticator code is refused the second time (the production default; off for the shared demo accounts).</summary>
    protected virtual bool RejectReusedCodes => false;

    /// <summary>This app's own folder for files it writes (outbox sink, uploads).</summary>
    public string FilesFolder => Path.Combine(Path.GetTempPath(), "iljari-tests", _name + "-files");

    /// <summary>This app's Data Protection key ring (kept outside the database, as in production).</summary>
    public string KeysFolder => Path.Combine(FilesFolder, "keys");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureLogging(l => l.SetMinimumLevel(Microsoft.Extensions.Logging.LogLevel.Warning));
        builder.UseSetting("Iljari:DemoMode", demoData ? "true" : "false");
        builder.UseSetting("Iljari:DemoSize", "Tiny");
        // Mail sink, SMS spool and uploads in a private folder, removed with the app.
        builder.UseSetting("Iljari:Outbox:Folder", Path.Combine(FilesFolder, "outbox"));
        builder.UseSetting("Iljari:UploadFolder", Path.Combine(FilesFolder, "uploads"));
        builder.UseSetting("Iljari:KeysPath", KeysFolder);
        // Every test signs in from the same loopback address; RateLimitTests sets its own small limit.
        builder.UseSetting("Iljari:Security:AccountFormPostsPerMinute", "100000");
        // Many tests sign the same demo staff account in within one 30-second step; AuthenticatorReplayTests turns it on.
        builder.UseSetting("Iljari:Security:RejectReusedAuthenticatorCodes", RejectReusedCodes ? "true" : "false");
        if (database == TestDatabase.Postgres)
        {
            builder.UseSetting("ConnectionStrings:Sqlite", "");
            builder.UseSetting("ConnectionStrings:Postgres", ConnectionString);
        }
        else
        {
            builder.UseSetting("ConnectionStrings:Sqlite", ConnectionString);
        }
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests can see 302s.</summary>
    public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>
    /// Signs in through the login form; staff with 2FA on also pass the second step with a code computed from
    /// <paramref name="authenticatorKey"/> (the demo staff key unless told otherwise).
    /// </summary>
    public async Task<HttpClient> SignedInAsync(string email, string password = Web.Infrastructure.DemoAccounts.Password,
        string authenticatorKey = Web.Infrastructure.DemoAccounts.AuthenticatorKey)
    {
        var client = Client();
        var login = await Forms.PostAsync(client, "/Account/Login", new() { ["Email"] = email, ["Password"] = password });
        if (login.Headers.Location?.OriginalString.Contains("/Account/LoginWith2fa", StringComparison.Ordinal) == true)
            await Forms.PostAsync(client, "/Account/LoginWith2fa", new() { ["Code"] = Totp.Now(authenticatorKey) });
        return client;
    }

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>
    /// Drops this app's PostgreSQL database. An autovacuum worker may still be inside it, and ending that worker
    /// needs pg_signal_backend (granted by .ci/run); on a server where the role lacks it, wait for the worker
    /// to finish and try again, and leave the database behind rather than fail the tests that already passed.
    /// </summary>
    private async Task DropDatabaseAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await WithDbAsync(db => db.Database.EnsureDeletedAsync());
                return;
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                if (attempt == 5)
                {
                    Console.Error.WriteLine($"Test database {_name} left behind: {e.MessageText}");
                    return;
                }
                await Task.Delay(TimeSpan.FromSeconds(attempt));
            }
        }
    }

    public override async ValueTask DisposeAsync()
    {
        if (database == TestDatabase.Postgres && TestEnvironment.PostgresReachable)
        {
            try { await DropDatabaseAsync(); }
            catch (InvalidOperationException) { /* host never started */ }
        }
        await base.DisposeAsync();
        if (_sqlitePath is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { _sqlitePath, _sqlitePath + "-wal", _sqlitePath + "-shm" }) File.Delete(f);
        }
        if (Directory.Exists(FilesFolder)) Directory.Delete(FilesFolder, recursive: true);
        GC.SuppressFinalize(this);
    }
}
