using Iljari.Core.Data;
using Iljari.Core.Domain.Accounts;
using Iljari.Core.Search;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Iljari.Web.Infrastructure;

/// <summary>
/// Operator commands run through the same host and configuration as the site:
/// <c>dotnet run --project src/Iljari.Web -- create-admin --email a@b.kr --password ... [--name 홍길동]</c>,
/// <c>-- reindex</c>, <c>-- migrate</c>, <c>-- verify-access-log</c> (exit code 1 when the chain is broken),
/// <c>-- retention [--wet-run]</c> (inactive seeker accounts: prints the plan; applies it only with --wet-run),
/// <c>-- backup DIR</c>, <c>-- restore DIR [--force]</c>, <c>-- pay-batch ID --by EMAIL</c> (docs/operations.md).
/// </summary>
public static class MaintenanceCommands
{
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-')) return false;
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<AppDbContext>();
        switch (args[0])
        {
            case "migrate":
                await DatabasePreparation.MigrateAsync(db);
                await Sharing.AccessLogIntegrity.SealUnchainedAsync(db);
                await DatabasePreparation.EnsureRolesAsync(sp.GetRequiredService<RoleManager<IdentityRole>>());
                Console.WriteLine("데이터베이스를 최신 상태로 만들었습니다.");
                return true;
            case "reindex":
                var n = await DatabasePreparation.RebuildSearchIndexAsync(db, sp.GetRequiredService<IPostingSearch>());
                Console.WriteLine($"검색 색인을 다시 만들었습니다: 게시중 공고 {n:N0}건.");
                return true;
            case "verify-access-log":
                var check = await Sharing.AccessLogIntegrity.VerifyAsync(db);
                Console.WriteLine(check.Intact
                    ? $"접속기록 해시 체인 정상: {check.Verified:N0}건, 마지막 해시 {check.HeadHash}"
                    : $"접속기록 해시 체인 손상: 순번 {check.BrokenAt} — {check.Problem} (앞선 {check.Verified:N0}건은 정상, 마지막 정상 해시 {check.HeadHash})");
                Environment.ExitCode = check.Intact ? 0 : 1;
                return true;
            case "retention":
                await Privacy.RetentionCommand.RunAsync(sp, args.Contains("--wet-run"), Console.Out, CancellationToken.None);
                return true;
            case "create-admin":
                Environment.ExitCode = await CreateCityAdminAsync(sp, db, Option(args, "--email"), Option(args, "--password"), Option(args, "--name") ?? "시 관리자");
                return true;
            case "backup":
                Environment.ExitCode = await Operations.OperationCommands.BackupAsync(sp, db, args.ElementAtOrDefault(1));
                return true;
            case "restore":
                Environment.ExitCode = await Operations.OperationCommands.RestoreAsync(sp, db, args.ElementAtOrDefault(1), args.Contains("--force"));
                return true;
            case "pay-batch":
                Environment.ExitCode = await Operations.OperationCommands.PayBatchAsync(sp, db, args.ElementAtOrDefault(1), Option(args, "--by"));
                return true;
            default:
                Console.Error.WriteLine($"알 수 없는 명령: {args[0]} (migrate | reindex | verify-access-log | retention [--wet-run] | backup DIR | restore DIR [--force] | pay-batch ID --by EMAIL | create-admin --email E --password P [--name N])");
                Environment.ExitCode = 2;
                return true;
        }
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static async Task<int> CreateCityAdminAsync(IServiceProvider sp, AppDbContext db, string? email, string? password, string name)
    {
        if (email is null || password is null)
        {
            Console.Error.WriteLine("사용법: create-admin --email 이메일 --password 비밀번호 [--name 이름]");
            return 2;
        }
        await DatabasePreparation.MigrateAsync(db);
        await DatabasePreparation.EnsureRolesAsync(sp.GetRequiredService<RoleManager<IdentityRole>>());
        var office = await db.Agencies.FirstOrDefaultAsync(a => a.IsCityOffice);
        if (office is null)
        {
            office = new Agency { Name = "고양시 일자리정책과", Code = "GOYANG-CITY", IsCityOffice = true, CreatedAt = DateTime.UtcNow };
            db.Agencies.Add(office);
            await db.SaveChangesAsync();
        }
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser
        {
            UserName = email, Email = email, DisplayName = name, OrganisationId = office.Id,
            CreatedAt = DateTime.UtcNow, EmailConfirmed = true, MustChangePassword = true,
        };
        await using var tx = await db.Database.BeginTransactionAsync();
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded) result = await users.AddToRoleAsync(user, Roles.CityAdmin);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors) Console.Error.WriteLine(e.Description);
            return 1;
        }
        sp.GetRequiredService<Security.AccessGrants>().Add(null, "운영 명령(create-admin)", user, AccessGrantAction.AccountCreated,
            Security.AccessGrants.RoleAt(Roles.CityAdmin, office.Name), "운영자가 명령으로 시 관리자 계정 생성");
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        Console.WriteLine($"시 관리자 계정을 만들었습니다: {email} (첫 로그인 때 비밀번호를 바꿔야 합니다)");
        return 0;
    }
}
