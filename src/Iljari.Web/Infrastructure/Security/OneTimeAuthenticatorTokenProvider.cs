using System.Globalization;
using Iljari.Core.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OtpNet;

namespace Iljari.Web.Infrastructure.Security;

/// <summary>
/// The authenticator-app (TOTP) check, made one-time: a code that was accepted once is refused afterwards, even inside
/// its time window, so a code seen over a shoulder or caught by a phishing page cannot sign in a second time
/// (Identity's own provider accepts the same code for the whole window). Same window as Identity's: ±2 steps of 30 s
/// for clock drift. The last accepted step is kept per account in AspNetUserTokens (no schema change).
/// </summary>
public sealed class OneTimeAuthenticatorTokenProvider(IOptionsMonitor<SecurityOptions> security, TimeProvider time)
    : AuthenticatorTokenProvider<AppUser>
{
    private const string Store = "Iljari", LastStep = "AuthenticatorLastStep";

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        if (!security.CurrentValue.RejectReusedAuthenticatorCodes) return await base.ValidateAsync(purpose, token, manager, user);
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrWhiteSpace(key) || token.Length != 6 || !token.All(char.IsAsciiDigit)) return false;
        var totp = new Totp(Base32Encoding.ToBytes(key));
        if (!totp.VerifyTotp(time.GetUtcNow().UtcDateTime, token, out var step, new VerificationWindow(previous: 2, future: 2)))
            return false;
        var last = await manager.GetAuthenticationTokenAsync(user, Store, LastStep);
        if (long.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var lastStep) && step <= lastStep) return false;
        // Later steps only: an older code, even unused, would reopen a window the user has already moved past.
        await manager.SetAuthenticationTokenAsync(user, Store, LastStep, step.ToString(CultureInfo.InvariantCulture));
        return true;
    }
}
