using Iljari.Core.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Iljari.Web.Tests.Infrastructure;

/// <summary>Staff accounts made straight through Identity, for tests that lock, reset or move them without touching the demo staff.</summary>
public static class StaffSetup
{
    public const string Password = "staff-pass-2026";
    /// <summary>A second authenticator key (Base32), different from the demo staff's.</summary>
    public const string Key = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    /// <summary>A staff member of 고양시 일자리센터 with 2FA on (<see cref="Key"/>); returns the user id.</summary>
    public static async Task<string> NewStaffAsync(this IljariApp app, string email, string role = Roles.Counselor)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        var agency = await sp.GetRequiredService<Core.Data.AppDbContext>().Agencies.FirstAsync(a => a.Name == "고양시 일자리센터");
        var user = new AppUser { UserName = email, Email = email, DisplayName = "시험직원", OrganisationId = agency.Id, CreatedAt = DateTime.UtcNow, EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        await ((IUserAuthenticatorKeyStore<AppUser>)sp.GetRequiredService<IUserStore<AppUser>>()).SetAuthenticatorKeyAsync(user, Key, CancellationToken.None);
        Assert.True((await users.SetTwoFactorEnabledAsync(user, true)).Succeeded);
        return user.Id;
    }

    /// <summary>A 6-digit code that is none of the codes the server accepts around now (±90 s), so it is surely wrong.</summary>
    public static string WrongCode(string key)
    {
        var near = Enumerable.Range(-4, 9).Select(step => Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(30 * step))).ToHashSet();
        return Enumerable.Range(0, 20).Select(i => (111111 * (i % 9 + 1) + i).ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).First(c => !near.Contains(c));
    }
}
