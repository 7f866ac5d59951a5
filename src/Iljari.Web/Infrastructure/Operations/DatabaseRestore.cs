using Microsoft.Data.Sqlite;
using Npgsql;

namespace Iljari.Web.Infrastructure.Operations;

/// <summary>
/// <c>restore &lt;folder&gt; [--force]</c>: checks every file against the manifest's SHA-256, refuses a target database or
/// key folder that already holds something (unless <c>--force</c>, which replaces it), restores the database and the key
/// ring, and finally compares every table's row count with the manifest.
/// </summary>
public static class DatabaseRestore
{
    /// <summary>Returns the tables whose count differs from the manifest (empty when the restore is complete).</summary>
    public static async Task<IReadOnlyList<string>> RunAsync(BackupProvider provider, string connectionString, string keysPath, string folder, bool force, CancellationToken ct)
    {
        var manifest = BackupManifest.Read(folder);
        if (manifest.Provider != provider)
            throw new BackupException($"이 백업은 {manifest.Provider} 데이터베이스의 것이라 {provider}에 복원할 수 없습니다.");
        if (manifest.DamagedFiles(folder) is { Count: > 0 } damaged)
            throw new BackupException("백업 파일이 없거나 내용이 바뀌었습니다(SHA-256 불일치): " + string.Join(", ", damaged));
        if (string.IsNullOrWhiteSpace(keysPath))
            throw new BackupException("Data Protection 키 폴더(Iljari:KeysPath)를 설정해야 복원할 수 있습니다.");

        if (!force)
        {
            if (await HasTablesAsync(provider, connectionString, ct))
                throw new BackupException("대상 데이터베이스가 비어 있지 않습니다. 덮어쓰려면 --force를 붙여 주세요.");
            if (Directory.Exists(keysPath) && Directory.EnumerateFileSystemEntries(keysPath).Any())
                throw new BackupException($"키 폴더 {keysPath}이(가) 비어 있지 않습니다. 덮어쓰려면 --force를 붙여 주세요.");
        }

        if (provider == BackupProvider.Sqlite) await RestoreSqliteAsync(Path.Combine(folder, BackupManifest.SqliteFile), connectionString, ct);
        else await RestorePostgresAsync(Path.Combine(folder, BackupManifest.PostgresFile), connectionString, force, ct);
        RestoreKeys(Path.Combine(folder, BackupManifest.KeysFolder), keysPath);

        await using var conn = Open(provider, connectionString);
        await conn.OpenAsync(ct);
        var counts = await TableCounts.ReadAsync(conn, null, manifest.RowCounts.Keys, ct);
        return manifest.RowCounts.Where(e => counts[e.Key] != e.Value).Select(e => $"{e.Key}: 백업 {e.Value:N0}건, 복원 {counts[e.Key]:N0}건").ToList();
    }

    private static System.Data.Common.DbConnection Open(BackupProvider provider, string connectionString) =>
        provider == BackupProvider.Sqlite ? new SqliteConnection(connectionString) : new NpgsqlConnection(connectionString);

    private static async Task<bool> HasTablesAsync(BackupProvider provider, string connectionString, CancellationToken ct)
    {
        if (provider == BackupProvider.Postgres) await CreatePostgresDatabaseIfMissingAsync(connectionString, ct);
        await using var conn = Open(provider, connectionString);
        await conn.OpenAsync(ct);
        var sql = provider == BackupProvider.Sqlite
            ? "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            : "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')";
        return Convert.ToInt64(await TableCounts.ScalarAsync(conn, null, sql, ct)) > 0;
    }

    /// <summary>The backup API replaces the whole target file's content, so a forced restore leaves nothing of the old database.</summary>
    private static async Task RestoreSqliteAsync(string backupFile, string connectionString, CancellationToken ct)
    {
        var target = new SqliteConnectionStringBuilder(connectionString);
        if (Path.GetDirectoryName(Path.GetFullPath(target.DataSource)) is { } dir) Directory.CreateDirectory(dir);
        await using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = backupFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString);
        await using var dest = new SqliteConnection(connectionString);
        await source.OpenAsync(ct);
        await dest.OpenAsync(ct);
        source.BackupDatabase(dest);
        SqliteConnection.ClearPool(dest);
    }

    private static async Task RestorePostgresAsync(string dump, string connectionString, bool force, CancellationToken ct)
    {
        await CreatePostgresDatabaseIfMissingAsync(connectionString, ct);
        string[] args = force ? ["--clean", "--if-exists"] : [];
        await PostgresTools.RunAsync("pg_restore", connectionString, [.. args, "--no-owner", "--no-privileges", "--exit-on-error", dump], ct);
    }

    private static async Task CreatePostgresDatabaseIfMissingAsync(string connectionString, CancellationToken ct)
    {
        var cs = new NpgsqlConnectionStringBuilder(connectionString);
        var name = cs.Database ?? throw new BackupException("연결 문자열에 데이터베이스 이름(Database=)이 없습니다.");
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        await admin.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", admin);
        exists.Parameters.AddWithValue("name", name);
        if (await exists.ExecuteScalarAsync(ct) is not null) return;
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"")}\" ENCODING 'UTF8' TEMPLATE template0", admin);
        await create.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Forced restores replace the key ring: keys that were not in the backup could not read the restored data anyway.</summary>
    private static void RestoreKeys(string source, string keysPath)
    {
        Directory.CreateDirectory(keysPath);
        foreach (var old in Directory.EnumerateFiles(keysPath)) File.Delete(old);
        foreach (var file in Directory.EnumerateFiles(source))
            File.Copy(file, Path.Combine(keysPath, Path.GetFileName(file)));
    }
}
