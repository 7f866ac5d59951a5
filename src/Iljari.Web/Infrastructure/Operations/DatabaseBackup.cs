using System.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Iljari.Web.Infrastructure.Operations;

/// <summary>
/// <c>backup &lt;folder&gt;</c>: a consistent copy of the database taken while the site runs, the Data Protection key ring
/// (without it encrypted fields and cookies cannot be read back) and a manifest. SQLite is copied with the online
/// backup API; PostgreSQL with <c>pg_dump -Fc</c> on a snapshot exported from a repeatable-read transaction, and the
/// row counts are read in that same snapshot, so the manifest describes exactly what the dump holds.
/// </summary>
public static class DatabaseBackup
{
    public static async Task<BackupManifest> RunAsync(AppDbContext db, string keysPath, string folder, TimeProvider time, CancellationToken ct)
    {
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            throw new BackupException($"백업 폴더 {folder}이(가) 비어 있지 않습니다. 새 폴더를 지정해 주세요.");
        Directory.CreateDirectory(folder);
        var tables = TableCounts.Of(db);
        var connectionString = db.Database.GetConnectionString() ?? throw new BackupException("데이터베이스 연결 문자열이 없습니다.");
        var postgres = db.Database.IsNpgsql();
        var (migration, counts) = postgres
            ? await DumpPostgresAsync(connectionString, tables, Path.Combine(folder, BackupManifest.PostgresFile), ct)
            : await CopySqliteAsync(connectionString, tables, Path.Combine(folder, BackupManifest.SqliteFile), ct);
        var provider = postgres ? BackupProvider.Postgres : BackupProvider.Sqlite;
        CopyKeys(keysPath, Path.Combine(folder, BackupManifest.KeysFolder));
        var manifest = new BackupManifest(time.GetUtcNow().UtcDateTime, provider, migration, counts, BackupManifest.Describe(folder));
        manifest.Write(folder);
        return manifest;
    }

    private static async Task<(string?, Dictionary<string, long>)> CopySqliteAsync(string connectionString, IReadOnlyList<string> tables, string target, CancellationToken ct)
    {
        await using (var source = new SqliteConnection(connectionString))
        await using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ConnectionString))
        {
            await source.OpenAsync(ct);
            await copy.OpenAsync(ct);
            source.BackupDatabase(copy); // the online backup API: a consistent page copy, writers may go on meanwhile
            // The copy leaves WAL mode, so the backup is one self-contained file.
            await TableCounts.ScalarAsync(copy, null, "PRAGMA journal_mode=DELETE", ct);
            return (await TableCounts.MigrationIdAsync(copy, null, ct), await TableCounts.ReadAsync(copy, null, tables, ct));
        }
    }

    private static async Task<(string?, Dictionary<string, long>)> DumpPostgresAsync(string connectionString, IReadOnlyList<string> tables, string target, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        var snapshot = (string)(await TableCounts.ScalarAsync(conn, tx, "SELECT pg_export_snapshot()", ct))!;
        await PostgresTools.RunAsync("pg_dump", connectionString, ["-Fc", "--no-owner", "--snapshot=" + snapshot, "-f", target], ct);
        var result = (await TableCounts.MigrationIdAsync(conn, tx, ct), await TableCounts.ReadAsync(conn, tx, tables, ct));
        await tx.CommitAsync(ct);
        return result;
    }

    private static void CopyKeys(string keysPath, string target)
    {
        if (string.IsNullOrWhiteSpace(keysPath) || !Directory.Exists(keysPath))
            throw new BackupException("Data Protection 키 폴더(Iljari:KeysPath)가 설정되지 않았거나 없습니다. 키 없이 복원하면 암호화된 항목을 읽을 수 없으므로 백업하지 않습니다.");
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(keysPath))
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
    }
}
