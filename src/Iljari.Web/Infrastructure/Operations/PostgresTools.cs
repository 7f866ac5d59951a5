using System.Diagnostics;
using Npgsql;

namespace Iljari.Web.Infrastructure.Operations;

/// <summary>
/// Runs pg_dump / pg_restore for a connection string: found on PATH or under /usr/lib/postgresql/*/bin (the newest,
/// since a dump needs a client at least as new as the server). The password goes through PGPASSWORD, never the command line.
/// </summary>
internal static class PostgresTools
{
    public static async Task RunAsync(string tool, string connectionString, IEnumerable<string> args, CancellationToken ct)
    {
        var cs = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(Find(tool)) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { "-h", cs.Host ?? "localhost", "-p", cs.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "-U", cs.Username ?? "postgres", "-d", cs.Database ?? "postgres", "--no-password" }.Concat(args))
            start.ArgumentList.Add(a);
        if (!string.IsNullOrEmpty(cs.Password)) start.Environment["PGPASSWORD"] = cs.Password;
        using var process = Process.Start(start) ?? throw new BackupException($"{tool}을(를) 시작하지 못했습니다.");
        var stderr = process.StandardError.ReadToEndAsync(ct);
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0) throw new BackupException($"{tool} 실패 (종료 코드 {process.ExitCode}): {(await stderr).Trim()} {(await stdout).Trim()}");
    }

    private static string Find(string tool)
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists);
        var packaged = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", tool)).Where(File.Exists)
                .OrderByDescending(p => int.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(p))), out var v) ? v : 0).FirstOrDefault()
            : null;
        return packaged ?? onPath ?? throw new BackupException($"{tool}을(를) 찾을 수 없습니다. PostgreSQL 클라이언트(postgresql-client)를 설치해 주세요.");
    }
}
