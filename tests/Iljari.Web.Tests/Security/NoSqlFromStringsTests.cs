using System.Text.RegularExpressions;

namespace Iljari.Web.Tests.Security;

/// <summary>
/// No SQL is built from strings: queries go through LINQ or the interpolated <c>FromSql</c>/<c>ExecuteSql</c>, which
/// turn every value into a parameter. The source is searched for the APIs that take a finished SQL string; each use
/// must be one of the few listed here, with the reason it is safe.
/// </summary>
public partial class NoSqlFromStringsTests
{
    [GeneratedRegex(@"FromSqlRaw|ExecuteSqlRaw|SqlQueryRaw|\.CommandText\s*=|new\s+(Npgsql|Sqlite)Command\s*\(")]
    private static partial Regex RawSql();

    /// <summary>File (under src/) → how many raw-SQL calls it may hold, and why each is safe.</summary>
    private static readonly Dictionary<string, (int Count, string Why)> Allowed = new(StringComparer.Ordinal)
    {
        ["Iljari.Web/Infrastructure/Operations/BackupManifest.cs"] = (1, "COUNT(*) per table: names come from the EF model, quoted; no input"),
        ["Iljari.Web/Infrastructure/Operations/DatabaseRestore.cs"] = (2, "the existence check has a parameter; CREATE DATABASE cannot take one, the operator's name is quoted as an identifier"),
    };

    [Fact]
    public void Only_the_listed_files_pass_a_finished_SQL_string()
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        var found = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (File: Path.GetRelativePath(src, f).Replace('\\', '/'), Count: RawSql().Count(File.ReadAllText(f))))
            .Where(x => x.Count > 0)
            .ToDictionary(x => x.File, x => x.Count);

        Assert.True(found.Count > 0 || Allowed.Count == 0, "the search found nothing at all: is the source folder right?");
        var problems = found.Where(f => !Allowed.TryGetValue(f.Key, out var a) || a.Count != f.Value)
            .Select(f => $"{f.Key}: {f.Value} raw-SQL call(s); use LINQ or FromSql/ExecuteSql with interpolation, or list it here with the reason")
            .Concat(Allowed.Keys.Except(found.Keys).Select(k => $"{k} is listed but no longer passes raw SQL: remove it from the list"))
            .ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Directory.Packages.props"))) return dir.FullName;
        throw new DirectoryNotFoundException("Directory.Packages.props not found above " + AppContext.BaseDirectory);
    }
}
