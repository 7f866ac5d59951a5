using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Notifications;
using Iljari.Core.Domain.Sharing;
using Iljari.Web.Infrastructure.Sharing;
using Microsoft.Extensions.Options;

namespace Iljari.Web.Infrastructure.Privacy;

/// <summary>The "Iljari:Retention" section: how long a seeker account may stay unused, and how early it is warned.</summary>
public sealed class RetentionOptions
{
    /// <summary>No sign-in (and no profile change) for this many years makes a seeker account inactive.</summary>
    public int InactiveYears { get; set; } = 2;

    /// <summary>The notice goes out this many days before anonymisation; anonymisation waits at least this long after it.</summary>
    public int WarningDays { get; set; } = 30;
}

/// <summary>
/// 장기 미이용 구직자 계정: warns accounts that will pass <see cref="RetentionOptions.InactiveYears"/> within
/// <see cref="RetentionOptions.WarningDays"/>, and anonymises (<see cref="SeekerErasure"/>) those warned at least that long ago
/// that stayed unused since. Activity is the latest of account creation, last sign-in and last profile change; a sign-in
/// clears the warning. Run by the <c>retention</c> command, which only prints the plan unless given <c>--wet-run</c>.
/// </summary>
public sealed class AccountRetention(AppDbContext db, SeekerErasure erasure, AccessLogger accessLog, IOptions<RetentionOptions> options, TimeProvider time)
{
    public sealed record Account(string UserId, string MaskedEmail, DateTime LastActive, DateTime? WarnedAt);

    public sealed record Plan(DateTime Now, IReadOnlyList<Account> ToWarn, IReadOnlyList<Account> ToAnonymise);

    public async Task<Plan> PlanAsync(CancellationToken ct)
    {
        var o = options.Value;
        var now = time.GetUtcNow().UtcDateTime;
        var inactiveBefore = now.AddYears(-o.InactiveYears);
        var warnBefore = inactiveBefore.AddDays(o.WarningDays);
        var seekerRole = await db.Roles.Where(r => r.Name == Roles.Seeker).Select(r => r.Id).FirstOrDefaultAsync(ct);
        // Narrowed in SQL to accounts untouched since the warning threshold; the exact activity is computed below.
        var rows = await (from u in db.Users.AsNoTracking()
                          where u.AnonymisedAt == null && u.CreatedAt < warnBefore && (u.LastSignInAt == null || u.LastSignInAt < warnBefore)
                                && db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == seekerRole)
                          from p in db.SeekerProfiles.Where(p => p.UserId == u.Id).DefaultIfEmpty()
                          where p == null || p.UpdatedAt < warnBefore
                          orderby u.CreatedAt
                          select new { u.Id, u.Email, u.CreatedAt, u.LastSignInAt, ProfileUpdatedAt = p == null ? (DateTime?)null : p.UpdatedAt, u.InactivityWarnedAt })
            .ToListAsync(ct);
        var accounts = rows.Select(r => new Account(r.Id, Masking.Email(r.Email),
            new[] { r.CreatedAt, r.LastSignInAt ?? DateTime.MinValue, r.ProfileUpdatedAt ?? DateTime.MinValue }.Max(), r.InactivityWarnedAt)).ToList();
        // A warning counts only if nothing happened after it (a profile change does not clear the stored date; a sign-in does).
        bool Warned(Account a) => a.WarnedAt is { } w && w >= a.LastActive;
        return new Plan(now,
            accounts.Where(a => !Warned(a)).ToList(),
            accounts.Where(a => Warned(a) && a.WarnedAt <= now.AddDays(-o.WarningDays) && a.LastActive < inactiveBefore).ToList());
    }

    /// <summary>Sends the warnings and anonymises; each account in its own transaction, so one failure does not undo the rest.</summary>
    public async Task ApplyAsync(Plan plan, CancellationToken ct)
    {
        foreach (var a in plan.ToWarn) await WarnAsync(a, plan.Now, ct);
        foreach (var a in plan.ToAnonymise)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var profileId = await erasure.AnonymiseAsync(a.UserId, ct);
            await accessLog.RecordSystemAsync("retention", profileId, AccessActions.RetentionAnonymisation,
                $"마지막 이용 {KoreanFormat.Date(a.LastActive)}, 사전 안내 {KoreanFormat.Date(a.WarnedAt!.Value)}", ct);
            await tx.CommitAsync(ct);
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>In-app and by e-mail whatever the notification settings: the law's 사전 통지 is not optional.</summary>
    private async Task WarnAsync(Account a, DateTime now, CancellationToken ct)
    {
        var user = await db.Users.FirstAsync(u => u.Id == a.UserId, ct);
        var days = options.Value.WarningDays;
        var title = $"{days}일 뒤 장기 미이용 계정의 개인정보가 익명 처리됩니다. 계속 이용하시려면 로그인해 주세요.";
        db.Notifications.Add(new Notification(user.Id, NotificationKind.Notice, title, "/Seeker/MyData", now));
        if (!string.IsNullOrEmpty(user.Email))
            db.Outbox.Add(new OutboxMessage(NotificationChannel.Email, user.Id, user.Email, "[고양 일자리] 장기 미이용 계정 익명 처리 안내",
                $"{user.DisplayName} 님, 고양 일자리 통합지원시스템을 {options.Value.InactiveYears}년 가까이 이용하지 않으셨습니다.\n\n" +
                $"{KoreanFormat.Date(now.AddDays(days))} 이후 이름·연락처·이력서 등 개인정보를 익명 처리하고 계정을 닫습니다. " +
                "법령에 따라 보관해야 하는 장려금 지급 기록과 통계용 취업 기록은 이름 없이 남습니다.\n" +
                "계속 이용하시려면 그 전에 로그인해 주세요. 내 정보 내려받기: /Seeker/MyData\n\n고양 일자리 통합지원시스템",
                $"retention-warning:{user.Id}:{now:yyyyMMdd}", now));
        user.InactivityWarnedAt = now;
        await db.SaveChangesAsync(ct);
    }
}
