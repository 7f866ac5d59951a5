using System.Data.Common;
using System.Diagnostics;
using Iljari.Core.Dashboard;
using Iljari.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Time.Testing;

namespace Iljari.Bench;

/// <summary>
/// Dashboard benchmark (issue 9): city-scale data in a SQLite file (and in PostgreSQL with --postgres "conn string"),
/// then every dashboard view timed ≥ 20 times (p50/p95), and the plan of each view's slowest SQL statement printed.
///   dotnet run -c Release --project bench/Iljari.Bench -- dashboard --seekers 100000 --postings 50000 --applications 200000 --runs 20
/// </summary>
internal static class DashboardBenchmark
{
    public static async Task<int> RunAsync(BenchArgs args, string[] raw)
    {
        var (seekers, postings, applications, runs) = (args.Int("--seekers", 100_000), args.Int("--postings", 50_000), args.Int("--applications", 200_000), args.Int("--runs", 20));
        var sqlitePath = Option(raw, "--sqlite") ?? Path.Combine(Path.GetTempPath(), $"iljari-dashboard-{seekers}.db");
        var failed = await BenchAsync("SQLite", () => new SqliteAppDbContext(Options<SqliteAppDbContext>(o => o.UseSqlite($"Data Source={sqlitePath}"))),
            seekers, postings, applications, runs);
        if (Option(raw, "--postgres") is { } pg)
            failed |= await BenchAsync("PostgreSQL", () => new PostgresAppDbContext(Options<PostgresAppDbContext>(o => o.UseNpgsql(pg))), seekers, postings, applications, runs);
        return failed ? 1 : 0;
    }

    private static string? Option(string[] raw, string name) => Array.IndexOf(raw, name) is var i and >= 0 && i + 1 < raw.Length ? raw[i + 1] : null;

    private static readonly SlowestCommand Recorder = new();

    private static DbContextOptions<T> Options<T>(Action<DbContextOptionsBuilder<T>> provider) where T : DbContext
    {
        var b = new DbContextOptionsBuilder<T>();
        provider(b);
        return b.AddInterceptors(Recorder).Options;
    }

    private static async Task<bool> BenchAsync(string name, Func<AppDbContext> create, int seekers, int postings, int applications, int runs)
    {
        await using (var db = create())
        {
            await db.Database.MigrateAsync();
            if (!await db.SeekerProfiles.AnyAsync())
            {
                var sw = Stopwatch.StartNew();
                await new DashboardData(seekers, postings, applications).FillAsync(db);
                Console.WriteLine($"{name}: generated {seekers:N0} seekers, {postings:N0} postings, {applications:N0} applications in {sw.Elapsed.TotalSeconds:F0} s");
            }
            if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync("ANALYZE");
            else await db.Database.ExecuteSqlRawAsync("ANALYZE");
            Console.WriteLine($"{name}: {await db.SeekerProfiles.CountAsync():N0} seekers, {await db.JobPostings.CountAsync():N0} postings, " +
                $"{await db.JobApplications.CountAsync():N0} applications, {await db.Placements.CountAsync():N0} placements, {await db.SeekerWishes.CountAsync():N0} wishes");
        }
        var time = new FakeTimeProvider(new DateTimeOffset(DashboardData.Now));
        var agency = await WithDb(create, db => db.Agencies.Where(a => a.Code == "GOYANG-JOB").Select(a => a.Id).FirstAsync());
        var city = new DashboardFilter(2026);
        var views = new (string Name, Func<AppDbContext, Task> View)[]
        {
            ("대시보드 (시 전체, 12개 KPI + 구별)", async db => { var k = new KpiService(db, time); await k.AllAsync(city, default); await k.PlacementsByAsync(Dimension.Gu, city, default); }),
            ("대시보드 (기관, 12개 KPI + 구별)", async db => { var f = city with { AgencyId = agency }; var k = new KpiService(db, time); await k.AllAsync(f, default); await k.PlacementsByAsync(Dimension.Gu, f, default); }),
            ("대시보드 (청년·3~6월·덕양구)", async db => { var f = city with { FromMonth = 3, ToMonth = 6, Group = "youth", Gu = "4128100000" }; var k = new KpiService(db, time); await k.AllAsync(f, default); await k.PlacementsByAsync(Dimension.Industry, f, default); }),
            ("구분: 기관별", db => new KpiService(db, time).PlacementsByAsync(Dimension.Agency, city, default)),
            ("구분: 대상 계층별", db => new KpiService(db, time).PlacementsByAsync(Dimension.Group, city, default)),
            ("구분: 연령대별", db => new KpiService(db, time).PlacementsByAsync(Dimension.AgeBand, city, default)),
            ("구분: 직종별", db => new KpiService(db, time).PlacementsByAsync(Dimension.Occupation, city, default)),
            ("일자리 미스매치", async db => { var m = new MismatchQueries(db, time); var rows = await m.RowsAsync(null, null, default); await m.ProgramsForAsync(rows.OrderByDescending(r => r.Gap).Take(10).Select(r => r.Occupation).ToList(), default); }),
            ("지원기업 일자리 (목록 + KPI)", async db => { await new SupportedFirms(db).ListAsync(null, 1, 20, default); await new KpiService(db, time).SeriesAsync(Core.Domain.Dashboard.KpiCatalog.Of(Core.Domain.Dashboard.Kpi.SupportedFirmJobs), city, null, default); }),
        };
        Console.WriteLine();
        Console.WriteLine($"### {name} ({runs} runs after 2 warm-ups)");
        Console.WriteLine("| view | p50 ms | p95 ms | max ms | SQL statements |");
        Console.WriteLine("|---|---|---|---|---|");
        var plans = new List<(string View, SlowestCommand.Entry Slowest)>();
        var failed = false;
        foreach (var (view, run) in views)
        {
            for (var w = 0; w < 2; w++) await WithDb(create, run);
            var times = new List<double>();
            Recorder.Reset();
            for (var r = 0; r < runs; r++)
            {
                var t = Stopwatch.GetTimestamp();
                await WithDb(create, run);
                times.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }
            times.Sort();
            var p95 = BenchArgs.Percentile(times, 95);
            failed |= p95 > 300;
            Console.WriteLine($"| {view} | {BenchArgs.Percentile(times, 50):F1} | {p95:F1} | {times[^1]:F1} | {Recorder.Count / runs} |");
            plans.Add((view, Recorder.Slowest!));
        }
        Console.WriteLine($"\ngoal p95 ≤ 300 ms per view on {name}: {(failed ? "NOT met" : "met")}\n");
        await PerKpiAsync(create, time, [city, city with { FromMonth = 3, ToMonth = 6, Group = "youth", Gu = "4128100000" }], runs);
        foreach (var (view, slowest) in plans.OrderByDescending(p => p.Slowest.Milliseconds).Take(3))
        {
            Console.WriteLine($"#### {name} — slowest statement of \"{view}\" ({slowest.Milliseconds:F1} ms)");
            Console.WriteLine("```sql\n" + slowest.Sql.Trim() + "\n```");
            Console.WriteLine("plan:\n```");
            foreach (var line in await ExplainAsync(create, slowest)) Console.WriteLine(line);
            Console.WriteLine("```");
        }
        return failed;
    }

    /// <summary>Where a full view's time goes: each KPI's two years (this and last), median of the runs, per filter.</summary>
    private static async Task PerKpiAsync(Func<AppDbContext> create, TimeProvider time, DashboardFilter[] filters, int runs)
    {
        Console.WriteLine("| KPI (올해+작년), p50 ms | 시 전체 | 청년·3~6월·덕양구 |\n|---|---|---|");
        foreach (var info in Core.Domain.Dashboard.KpiCatalog.All)
        {
            var cells = new List<string>();
            foreach (var filter in filters)
            {
                var times = new List<double>();
                for (var r = 0; r < Math.Max(5, runs / 2); r++)
                {
                    var t = Stopwatch.GetTimestamp();
                    await WithDb(create, db => new KpiService(db, time).SeriesAsync(info, filter, null, default));
                    times.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                }
                times.Sort();
                cells.Add($"{BenchArgs.Percentile(times, 50):F1}");
            }
            Console.WriteLine($"| {info.Kpi} | {string.Join(" | ", cells)} |");
        }
        Console.WriteLine();
    }

    private static async Task WithDb(Func<AppDbContext> create, Func<AppDbContext, Task> work)
    {
        await using var db = create();
        await work(db);
    }

    private static async Task<T> WithDb<T>(Func<AppDbContext> create, Func<AppDbContext, Task<T>> work)
    {
        await using var db = create();
        return await work(db);
    }

    /// <summary>EXPLAIN QUERY PLAN (SQLite) or EXPLAIN (PostgreSQL) of the recorded statement with its own parameters.</summary>
    private static async Task<List<string>> ExplainAsync(Func<AppDbContext> create, SlowestCommand.Entry entry)
    {
        await using var db = create();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = (db.Database.IsNpgsql() ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + entry.Sql;
        foreach (var (pname, value) in entry.Parameters)
        {
            var p = command.CreateParameter();
            (p.ParameterName, p.Value) = (pname, value ?? DBNull.Value);
            command.Parameters.Add(p);
        }
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            lines.Add(reader.FieldCount >= 4 ? $"{reader.GetValue(0)}|{reader.GetValue(1)}|{reader.GetValue(3)}" : reader.GetValue(0)?.ToString() ?? "");
        return lines;
    }
}

/// <summary>Remembers how many statements ran and the slowest one (text, parameters, time) since the last reset.</summary>
internal sealed class SlowestCommand : DbCommandInterceptor
{
    public sealed record Entry(string Sql, List<(string Name, object? Value)> Parameters, double Milliseconds);

    private readonly Lock _lock = new();
    public Entry? Slowest { get; private set; }
    public int Count { get; private set; }

    public void Reset() { lock (_lock) { (Slowest, Count) = (null, 0); } }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken ct = default)
    {
        Note(command, eventData.Duration.TotalMilliseconds);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken ct = default)
    {
        Note(command, eventData.Duration.TotalMilliseconds);
        return ValueTask.FromResult(result);
    }

    private void Note(DbCommand command, double ms)
    {
        lock (_lock)
        {
            Count++;
            if (Slowest is not null && Slowest.Milliseconds >= ms) return;
            Slowest = new Entry(command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList(), ms);
        }
    }
}
