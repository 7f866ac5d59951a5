using System.Data.Common;
using System.Security.Cryptography;
using System.Text.Json;

namespace Iljari.Web.Infrastructure.Operations;

public enum BackupProvider { Sqlite, Postgres }

/// <summary>
/// <c>manifest.json</c> of a backup folder: when and from what it was taken, the last applied migration, the row count
/// of every table (read in the same snapshot as the copy) and the SHA-256 of every file, so a restore can prove the
/// folder is whole and the restored database holds every row.
/// </summary>
public sealed record BackupManifest(
    DateTime CreatedAtUtc, BackupProvider Provider, string? MigrationId, IReadOnlyDictionary<string, long> RowCounts, IReadOnlyList<BackupFile> Files)
{
    public const string FileName = "manifest.json";
    public const string SqliteFile = "database.sqlite";
    public const string PostgresFile = "database.dump";
    public const string KeysFolder = "keys";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public void Write(string folder) => File.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(this, Json));

    public static BackupManifest Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) throw new BackupException($"{path}이(가) 없습니다. backup 명령으로 만든 폴더인지 확인해 주세요.");
        return JsonSerializer.Deserialize<BackupManifest>(File.ReadAllText(path), Json) ?? throw new BackupException("manifest.json을 읽을 수 없습니다.");
    }

    /// <summary>Every file of the folder except the manifest, with its hash (paths relative, '/' separated).</summary>
    public static IReadOnlyList<BackupFile> Describe(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != FileName)
            .Select(f => new BackupFile(Path.GetRelativePath(folder, f).Replace('\\', '/'), new FileInfo(f).Length, Sha256(f)))
            .OrderBy(f => f.Path, StringComparer.Ordinal).ToList();

    /// <summary>The files that are missing or whose content changed since the backup.</summary>
    public IReadOnlyList<string> DamagedFiles(string folder) =>
        Files.Where(f => !File.Exists(Path.Combine(folder, f.Path)) || Sha256(Path.Combine(folder, f.Path)) != f.Sha256).Select(f => f.Path).ToList();

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}

public sealed record BackupFile(string Path, long Bytes, string Sha256);

/// <summary>A backup or restore that cannot go on; the message is for the operator.</summary>
public sealed class BackupException(string message) : Exception(message);

/// <summary>Row counts and the migration id read through a plain connection, the same SQL on both providers.</summary>
internal static class TableCounts
{
    public const string MigrationsTable = "__EFMigrationsHistory";

    public static async Task<Dictionary<string, long>> ReadAsync(DbConnection conn, DbTransaction? tx, IEnumerable<string> tables, CancellationToken ct)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables.Distinct().Order(StringComparer.Ordinal))
            counts[table] = Convert.ToInt64(await ScalarAsync(conn, tx, $"SELECT COUNT(*) FROM \"{table.Replace("\"", "\"\"")}\"", ct));
        return counts;
    }

    public static async Task<string?> MigrationIdAsync(DbConnection conn, DbTransaction? tx, CancellationToken ct) =>
        await ScalarAsync(conn, tx, $"SELECT \"MigrationId\" FROM \"{MigrationsTable}\" ORDER BY \"MigrationId\" DESC LIMIT 1", ct) as string;

    public static async Task<object?> ScalarAsync(DbConnection conn, DbTransaction? tx, string sql, CancellationToken ct)
    {
        await using var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        return await cmd.ExecuteScalarAsync(ct);
    }

    /// <summary>Every table the model maps (owned types share their owner's table) and the migrations history.</summary>
    public static IReadOnlyList<string> Of(AppDbContext db) =>
        db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Append(MigrationsTable).Distinct().ToList();
}
