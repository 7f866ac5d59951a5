using Iljari.Core.Data;
using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Notifications;
using Iljari.Web.Infrastructure.Privacy;
using Iljari.Web.Infrastructure.Sharing;
using Iljari.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Iljari.Web.Tests;

/// <summary>The retention command: a dry run changes nothing; a wet run warns first and anonymises only accounts warned long enough ago.</summary>
public class RetentionTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Seeker(string UserId, int ProfileId, string Name, string Email);

    /// <summary>A generated seeker (n-th from the end) made into an account with the given activity dates.</summary>
    private Task<Seeker> SeekerAsync(int nth, DateTime createdAt, DateTime? lastSignIn, DateTime? warnedAt) => app.WithDbAsync(async db =>
    {
        var profile = await db.SeekerProfiles.OrderByDescending(p => p.Id).Skip(nth).FirstAsync(Ct);
        var user = await db.Users.FirstAsync(u => u.Id == profile.UserId, Ct);
        (user.CreatedAt, user.LastSignInAt, user.InactivityWarnedAt) = (createdAt, lastSignIn, warnedAt);
        profile.UpdatedAt = createdAt;
        db.Notifications.Add(new Notification(user.Id, NotificationKind.Message, "새 메시지", null, createdAt));
        await db.SaveChangesAsync(Ct);
        return new Seeker(user.Id, profile.Id, profile.Name, user.Email!);
    });

    private AccountRetention Retention(IServiceScope scope, TimeProvider clock)
    {
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return new AccountRetention(db, new SeekerErasure(db, clock), new AccessLogger(db, new HttpContextAccessor(), clock),
            Options.Create(new RetentionOptions { InactiveYears = 2, WarningDays = 30 }), clock);
    }

    private Task<Dictionary<string, (DateTime? Warned, DateTime? Anonymised, string? Email)>> AccountsAsync() => app.WithDbAsync(db =>
        db.Users.ToDictionaryAsync(u => u.Id, u => (u.InactivityWarnedAt, u.AnonymisedAt, u.Email), Ct));

    [Fact]
    public async Task A_dry_run_changes_nothing_and_a_wet_run_warns_then_anonymises_exactly_the_eligible_accounts()
    {
        var now = DateTime.UtcNow;
        var neverWarned = await SeekerAsync(1, now.AddYears(-3), now.AddYears(-3), null);
        var warnedLongAgo = await SeekerAsync(2, now.AddYears(-3), null, now.AddDays(-31));
        var warnedRecently = await SeekerAsync(3, now.AddYears(-3), null, now.AddDays(-10));
        var signedInAfterWarning = await SeekerAsync(4, now.AddYears(-3), now.AddDays(-5), now.AddDays(-40));
        var active = await SeekerAsync(5, now.AddYears(-3), now.AddDays(-100), null);
        var almostInactive = await SeekerAsync(6, now.AddYears(-2).AddDays(10), null, null);
        var mine = new[] { neverWarned, warnedLongAgo, warnedRecently, signedInAfterWarning, active, almostInactive }.ToDictionary(s => s.UserId);

        // Dry run through the command as an operator runs it: prints the plan, changes nothing.
        var before = await AccountsAsync();
        var output = new StringWriter();
        await using (var scope = app.Services.CreateAsyncScope())
            await RetentionCommand.RunAsync(scope.ServiceProvider, wetRun: false, output, Ct);
        Assert.Contains("점검만 함", output.ToString(), StringComparison.Ordinal);
        Assert.Contains(Core.Domain.Common.Masking.Email(warnedLongAgo.Email), output.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, await AccountsAsync());

        // Wet run today: warns the unwarned inactive ones, anonymises only the one warned more than 30 days ago.
        var clock = new FakeTimeProvider(new DateTimeOffset(now));
        AccountRetention.Plan plan;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var retention = Retention(scope, clock);
            plan = await retention.PlanAsync(Ct);
            await retention.ApplyAsync(plan, Ct);
        }
        Assert.Equal([neverWarned.UserId, almostInactive.UserId], plan.ToWarn.Select(a => a.UserId).Where(mine.ContainsKey).Order());
        Assert.Equal([warnedLongAgo.UserId], plan.ToAnonymise.Select(a => a.UserId).Where(mine.ContainsKey));
        var after = await AccountsAsync();
        Assert.Equal(plan.ToAnonymise.Select(a => a.UserId).Order(), after.Where(a => a.Value.Anonymised != null).Select(a => a.Key).Order());
        await PrivacyTests.AssertAnonymisedAsync(app, warnedLongAgo.UserId, warnedLongAgo.ProfileId, warnedLongAgo.Name, warnedLongAgo.Email);
        foreach (var s in new[] { warnedRecently, signedInAfterWarning, active })
            Assert.Equal(before[s.UserId], after[s.UserId]);
        Assert.Equal(clock.GetUtcNow().UtcDateTime, after[neverWarned.UserId].Warned);
        Assert.True(await app.WithDbAsync(db => db.Outbox.AnyAsync(o => o.UserId == neverWarned.UserId && o.Channel == NotificationChannel.Email
            && o.Subject.Contains("장기 미이용"), Ct)));
        Assert.True(await app.WithDbAsync(db => db.AccessLog.AnyAsync(e => e.SubjectSeekerProfileId == warnedLongAgo.ProfileId && e.UserName == "system:retention", Ct)));

        // 31 days on: the accounts warned today are anonymised; the one who signed in after the warning is not.
        clock.Advance(TimeSpan.FromDays(31));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var retention = Retention(scope, clock);
            plan = await retention.PlanAsync(Ct);
            await retention.ApplyAsync(plan, Ct);
        }
        Assert.Equal(new[] { neverWarned.UserId, almostInactive.UserId, warnedRecently.UserId }.Order(), plan.ToAnonymise.Select(a => a.UserId).Where(mine.ContainsKey).Order());
        var final = await AccountsAsync();
        foreach (var s in new[] { neverWarned, almostInactive, warnedRecently }) Assert.NotNull(final[s.UserId].Anonymised);
        foreach (var s in new[] { signedInAfterWarning, active }) Assert.Null(final[s.UserId].Anonymised);
    }

    [Fact]
    public async Task Signing_in_records_activity_and_clears_a_pending_warning()
    {
        var seeker = await SeekerAsync(8, DateTime.UtcNow.AddYears(-3), null, DateTime.UtcNow.AddDays(-3));
        const string password = "retention-1";
        await app.SetPasswordAsync(seeker.UserId, password);
        await app.SignedInAsync(seeker.Email, password);
        var (signedIn, warned) = await app.WithDbAsync(db => db.Users.Where(u => u.Id == seeker.UserId).Select(u => ValueTuple.Create(u.LastSignInAt, u.InactivityWarnedAt)).SingleAsync(Ct));
        Assert.NotNull(signedIn);
        Assert.True(signedIn > DateTime.UtcNow.AddMinutes(-5));
        Assert.Null(warned);
    }
}
