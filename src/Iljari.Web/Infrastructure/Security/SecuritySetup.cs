using System.Globalization;
using System.Threading.RateLimiting;
using Iljari.Core.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace Iljari.Web.Infrastructure.Security;

/// <summary>Staff authentication safeguards (issue 10): idle timeout, the account-form rate limit, the access-grant records.</summary>
public static class SecuritySetup
{
    /// <summary>Rate-limiter policy on the login, second-step and sign-up pages (<c>[EnableRateLimiting]</c>).</summary>
    public const string AccountFormsPolicy = "account-forms";

    public static IServiceCollection AddIljariStaffSecurity(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<SecurityOptions>(config.GetSection("Iljari:Security"));
        services.AddScoped<AccessGrants>();
        services.AddSingleton<IInterceptor, AppendOnlyRecordsInterceptor>();
        services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptionsMonitor<SecurityOptions>>((cookie, security) =>
            {
                var inner = cookie.Events.OnSigningIn;
                cookie.Events.OnSigningIn = async ctx =>
                {
                    await inner(ctx);
                    // The cookie handler keeps a ticket's own lifetime when it slides, so staff keep their shorter idle limit.
                    if (IsStaff(ctx.Principal) && ctx.Properties.IssuedUtc is { } issued)
                        ctx.Properties.ExpiresUtc = issued.AddMinutes(Math.Max(1, security.CurrentValue.StaffIdleMinutes));
                };
            });
        services.AddRateLimiter(o => o.AddPolicy(AccountFormsPolicy, AccountFormsPartition));
        return services;
    }

    private static bool IsStaff(System.Security.Claims.ClaimsPrincipal? user) =>
        user is not null && (user.IsInRole(Roles.Counselor) || user.IsInRole(Roles.AgencyAdmin) || user.IsInRole(Roles.CityAdmin));

    /// <summary>POSTs only, per client address: reading the form is free, guessing passwords or codes is not.</summary>
    private static RateLimitPartition<string> AccountFormsPartition(HttpContext ctx)
    {
        if (!HttpMethods.IsPost(ctx.Request.Method)) return RateLimitPartition.GetNoLimiter("account-forms-read");
        var limit = ctx.RequestServices.GetRequiredService<IOptionsMonitor<SecurityOptions>>().CurrentValue.AccountFormPostsPerMinute;
        var ip = ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter("account-forms:" + ip + ":" + limit.ToString(CultureInfo.InvariantCulture), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, limit), Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true,
        });
    }
}
