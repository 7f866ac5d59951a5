using Iljari.Core.Data;
using Iljari.Core.Domain.Sharing;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Operations;
using Iljari.Web.Infrastructure.Sharing;
using Iljari.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace Iljari.Web.Tests;

/// <summary>
/// <c>backup</c> then <c>restore</c> into a fresh, empty instance: every table has the same number of rows, the access-log
/// hash chain still verifies, and data protected with the backed-up key ring can still be read. A non-empty target is
/// refused without --force, and a backup whose files changed is refused.
/// </summary>
public abstract class BackupRestoreScenario(IljariApp app, TestDatabase database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string Purpose = "Iljari.Tests.BackupRestore";
    private BackupProvider Provider => database == TestDatabase.Postgres ? BackupProvider.Postgres : BackupProvider.Sqlite;

    protected async Task Restored_instance_has_every_row_the_access_log_chain_and_readable_protected_data()
    {
        // Data as the site makes it: three logged counselor views, plus a value protected with the key ring.
        var client = await app.SeekerProfileIdAsync(DemoAccounts.Seeker);
        var counselor = await app.SignedInAsync(DemoAccounts.Counselor);
        for (var i = 0; i < 3; i++) (await counselor.GetAsync($"/Staff/Clients/Case/{client}", Ct)).EnsureSuccessStatusCode();
        var secret = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Protect("장애 정도: 심하지 않은 장애");

        var folder = Path.Combine(Path.GetTempPath(), "iljari-tests", "backup-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var manifest = await app.WithDbAsync(db => DatabaseBackup.RunAsync(db, app.KeysFolder, folder, TimeProvider.System, Ct));
            // Background jobs may add rows to other tables meanwhile; nothing but staff views writes the access log.
            Assert.Equal(await app.WithDbAsync(db => db.AccessLog.LongCountAsync(Ct)), manifest.RowCounts["AccessLog"]);
            Assert.True(manifest.RowCounts["AccessLog"] >= 3);
            Assert.NotNull(manifest.MigrationId);
            Assert.Contains(manifest.Files, f => f.Path.StartsWith("keys/", StringComparison.Ordinal));

            await using var restored = new IljariApp(database, demoData: false);
            Assert.Empty(await DatabaseRestore.RunAsync(Provider, restored.ConnectionString, restored.KeysFolder, folder, force: false, Ct));
            var again = await Assert.ThrowsAsync<BackupException>(() => DatabaseRestore.RunAsync(Provider, restored.ConnectionString, restored.KeysFolder, folder, false, Ct));
            Assert.Contains("비어 있지 않습니다", again.Message, StringComparison.Ordinal);

            // The restored instance starts on the restored database and key ring.
            Assert.Equal(manifest.RowCounts, await restored.WithDbAsync(db => CountsAsync(db, manifest.RowCounts.Keys)));
            var chain = await restored.WithDbAsync(db => AccessLogIntegrity.VerifyAsync(db, Ct));
            Assert.True(chain.Intact, chain.Problem);
            Assert.Equal(manifest.RowCounts["AccessLog"], chain.Verified);
            Assert.Equal("장애 정도: 심하지 않은 장애", restored.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Unprotect(secret));
            var views = await restored.WithDbAsync(db => db.AccessLog.CountAsync(e => e.SubjectSeekerProfileId == client && e.Action == AccessActions.ClientView, Ct));
            Assert.True(views >= 3);

            // A backup changed after it was taken is not restored.
            var copy = manifest.Files.First(f => f.Path.StartsWith("database", StringComparison.Ordinal)).Path;
            await File.AppendAllTextAsync(Path.Combine(folder, copy), "x", Ct);
            await using var third = new IljariApp(database, demoData: false);
            var damaged = await Assert.ThrowsAsync<BackupException>(() => DatabaseRestore.RunAsync(Provider, third.ConnectionString, third.KeysFolder, folder, false, Ct));
            Assert.Contains("SHA-256", damaged.Message, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<Dictionary<string, long>> CountsAsync(AppDbContext db, IEnumerable<string> tables)
    {
        var conn = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(Ct);
        try { return await TableCounts.ReadAsync(conn, null, tables, Ct); }
        finally { await db.Database.CloseConnectionAsync(); }
    }
}

public class SqliteBackupRestoreTests(SqliteApp app) : BackupRestoreScenario(app, TestDatabase.Sqlite), IClassFixture<SqliteApp>
{
    [Fact]
    public Task Restored_sqlite_instance_has_every_row_the_chain_and_readable_protected_data() =>
        Restored_instance_has_every_row_the_access_log_chain_and_readable_protected_data();
}

public class PostgresBackupRestoreTests(PostgresApp app) : BackupRestoreScenario(app, TestDatabase.Postgres), IClassFixture<PostgresApp>
{
    [Fact]
    public Task Restored_postgres_instance_has_every_row_the_chain_and_readable_protected_data()
    {
        TestEnvironment.RequirePostgres();
        return Restored_instance_has_every_row_the_access_log_chain_and_readable_protected_data();
    }
}
