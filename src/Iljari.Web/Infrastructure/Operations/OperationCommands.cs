using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Incentives;
using Iljari.Web.Infrastructure.Incentives;

namespace Iljari.Web.Infrastructure.Operations;

/// <summary>The backup, restore and payment-batch commands of <see cref="MaintenanceCommands"/>; each returns the exit code.</summary>
internal static class OperationCommands
{
    public static async Task<int> BackupAsync(IServiceProvider sp, AppDbContext db, string? folder)
    {
        if (folder is null) return Usage("backup 폴더");
        try
        {
            var manifest = await DatabaseBackup.RunAsync(db, KeysPath(sp), Path.GetFullPath(folder), TimeProvider.System, CancellationToken.None);
            Console.WriteLine($"백업했습니다: {Path.GetFullPath(folder)} ({manifest.Provider}, 마이그레이션 {manifest.MigrationId}, " +
                $"표 {manifest.RowCounts.Count}개, 행 {manifest.RowCounts.Values.Sum():N0}개, 파일 {manifest.Files.Count}개)");
            return 0;
        }
        catch (BackupException e)
        {
            Console.Error.WriteLine("백업 실패: " + e.Message);
            return 1;
        }
    }

    public static async Task<int> RestoreAsync(IServiceProvider sp, AppDbContext db, string? folder, bool force)
    {
        if (folder is null) return Usage("restore 폴더 [--force]");
        try
        {
            var provider = db.Database.IsNpgsql() ? BackupProvider.Postgres : BackupProvider.Sqlite;
            var mismatches = await DatabaseRestore.RunAsync(provider, db.Database.GetConnectionString()!, KeysPath(sp), Path.GetFullPath(folder), force, CancellationToken.None);
            if (mismatches.Count > 0)
            {
                Console.Error.WriteLine("복원했지만 행 수가 백업과 다릅니다: " + string.Join("; ", mismatches));
                return 1;
            }
            Console.WriteLine($"복원했습니다: {Path.GetFullPath(folder)} — 모든 표의 행 수가 백업과 같습니다. 이어서 verify-access-log로 접속기록 체인을 확인해 주세요.");
            return 0;
        }
        catch (BackupException e)
        {
            Console.Error.WriteLine("복원 실패: " + e.Message);
            return 1;
        }
    }

    /// <summary>
    /// <c>pay-batch &lt;id&gt; --by &lt;city admin e-mail&gt;</c>: 지급 승인 of a batch from the command line, as the page does it
    /// (for re-running a batch after an outage). A batch already paid is reported, not paid again.
    /// </summary>
    public static async Task<int> PayBatchAsync(IServiceProvider sp, AppDbContext db, string? id, string? by)
    {
        if (!int.TryParse(id, out var batchId) || by is null) return Usage("pay-batch 묶음번호 --by 시관리자이메일");
        var admin = await db.Users.Where(u => u.Email == by).Select(u => u.Id).FirstOrDefaultAsync();
        if (admin is null || !await db.UserRoles.AnyAsync(r => r.UserId == admin && db.Roles.Any(x => x.Id == r.RoleId && x.Name == Roles.CityAdmin)))
        {
            Console.Error.WriteLine($"시 관리자 계정이 아닙니다: {by}");
            return 1;
        }
        try
        {
            await sp.GetRequiredService<IncentiveLedger>().PayBatchAsync(batchId, admin, CancellationToken.None);
            var paid = await db.IncentiveClaims.CountAsync(c => c.BatchId == batchId && c.Status == ClaimStatus.Paid);
            Console.WriteLine($"지급 묶음 #{batchId}을(를) 지급 처리했습니다: {paid:N0}건.");
            return 0;
        }
        catch (DomainException e)
        {
            Console.Error.WriteLine($"지급 묶음 #{batchId}: {e.Message}");
            return 1;
        }
    }

    private static string KeysPath(IServiceProvider sp) => sp.GetRequiredService<IConfiguration>()["Iljari:KeysPath"] ?? "";

    private static int Usage(string usage)
    {
        Console.Error.WriteLine("사용법: " + usage);
        return 2;
    }
}
