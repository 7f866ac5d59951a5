using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Notifications;
using Iljari.Core.Domain.Sharing;
using Iljari.Core.Notifications;
using Microsoft.Extensions.Options;

namespace Iljari.Web.Infrastructure.Sharing;

/// <summary><c>Iljari:AccessAlerts</c>: more than <see cref="Threshold"/> distinct people viewed by one account within <see cref="WindowMinutes"/>.</summary>
public sealed class AccessAlertOptions
{
    public int Threshold { get; set; } = 100;
    public int WindowMinutes { get; set; } = 60;
    /// <summary>How often the log is scanned; a burst is seen at most this late.</summary>
    public int ScanMinutes { get; set; } = 5;
}

/// <summary>
/// 접속기록 이상 징후 (PIPA 안전성 확보조치 기준 제8조: 접속기록 점검): every few minutes one GROUP BY over the last window of
/// the access log counts the distinct subjects per account; an account above the threshold gets an <see cref="AccessAlert"/>
/// and every city admin a notification. An alert whose window still overlaps is extended rather than repeated. Scans are
/// serialised across instances (PostgreSQL advisory lock; SQLite's write transaction), so one burst raises one alert.
/// </summary>
public sealed class AccessVolumeMonitor(AppDbContext db, TimeProvider time, IOptions<AccessAlertOptions> options)
{
    private const long ScanLockKey = 0x494C4A_414C52; // "ILJALR"

    /// <summary>Returns how many new alerts were raised.</summary>
    public async Task<int> ScanAsync(CancellationToken ct)
    {
        var o = options.Value;
        var now = time.GetUtcNow().UtcDateTime;
        var from = now.AddMinutes(-o.WindowMinutes);
        var heavy = await db.AccessLog.AsNoTracking()
            .Where(e => e.At >= from && e.At <= now && e.SubjectSeekerProfileId != null)
            .GroupBy(e => e.UserId)
            .Select(g => new { UserId = g.Key, Subjects = g.Select(e => e.SubjectSeekerProfileId).Distinct().Count(), First = g.Min(e => e.At), Last = g.Max(e => e.At) })
            .Where(x => x.Subjects > o.Threshold)
            .ToListAsync(ct);
        if (heavy.Count == 0) return 0;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ScanLockKey})", ct);
        var raised = new List<AccessAlert>();
        foreach (var h in heavy)
        {
            var open = await db.AccessAlerts.Where(a => a.UserId == h.UserId && a.WindowEnd >= from).OrderByDescending(a => a.WindowEnd).FirstOrDefaultAsync(ct);
            if (open is not null)
            {
                open.Extend(h.Last, h.Subjects);
                continue;
            }
            var who = await db.AccessLog.AsNoTracking().Where(e => e.UserId == h.UserId && e.At == h.Last)
                .Select(e => new { e.UserName, e.OrganisationId }).FirstAsync(ct);
            var alert = AccessAlert.Raise(h.UserId, who.UserName, who.OrganisationId, h.First, h.Last, h.Subjects, o.Threshold, now);
            db.AccessAlerts.Add(alert);
            raised.Add(alert);
        }
        await db.SaveChangesAsync(ct);
        if (raised.Count > 0)
        {
            var cityAdmins = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where r.Name == Roles.CityAdmin select ur.UserId).ToListAsync(ct);
            foreach (var a in raised)
                await NotificationWriter.AddAsync(db, cityAdmins, NotificationKind.Security,
                    $"개인정보 접속 이상 징후: {a.UserName} 계정이 {o.WindowMinutes}분 동안 {a.DistinctSubjects:N0}명의 정보를 열람했습니다.",
                    "/Admin/AccessLog#alerts", $"access-alert:{a.Id}", now, ct);
            await db.SaveChangesAsync(ct);
        }
        await tx.CommitAsync(ct);
        return raised.Count;
    }
}

/// <summary>Runs <see cref="AccessVolumeMonitor.ScanAsync"/> at start and every <see cref="AccessAlertOptions.ScanMinutes"/> minutes.</summary>
public sealed class AccessVolumeMonitorService(IServiceScopeFactory scopes, TimeProvider time, IOptions<AccessAlertOptions> options, ILogger<AccessVolumeMonitorService> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var raised = await scope.ServiceProvider.GetRequiredService<AccessVolumeMonitor>().ScanAsync(stoppingToken);
                if (raised > 0) log.LogWarning("Access-volume scan raised {Alerts} alert(s)", raised);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogError(e, "Access-volume scan failed; trying again at the next scan");
            }
            try
            {
                await Task.Delay(TimeSpan.FromMinutes(Math.Max(1, options.Value.ScanMinutes)), time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
