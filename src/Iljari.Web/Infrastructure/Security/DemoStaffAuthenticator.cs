using Iljari.Core.Domain.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Iljari.Web.Infrastructure.Security;

/// <summary>
/// Demo mode only: gives the named demo staff accounts the documented authenticator key (<see cref="DemoAccounts.AuthenticatorKey"/>)
/// and turns 2FA on, so the demo stays usable with staff 2FA required. Runs at every start; an account that already has
/// a key (enrolled by hand, or reset by an admin and enrolled again) is left alone.
/// </summary>
public static class DemoStaffAuthenticator
{
    public static async Task EnsureAsync(IServiceProvider sp)
    {
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        if (sp.GetRequiredService<IUserStore<AppUser>>() is not IUserAuthenticatorKeyStore<AppUser> keys) return;
        foreach (var (email, role, _) in DemoAccounts.All)
        {
            if (role is Roles.Seeker or Roles.Employer) continue;
            var user = await users.FindByEmailAsync(email);
            if (user is null || !string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user))) continue;
            await keys.SetAuthenticatorKeyAsync(user, DemoAccounts.AuthenticatorKey, CancellationToken.None);
            await users.SetTwoFactorEnabledAsync(user, true);
        }
    }
}
