using Iljari.Core.Domain.Accounts;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Iljari.Web.Infrastructure.Privacy;

/// <summary>개인정보 보호 (issue 10): encrypted sensitive details, anonymisation, retention, the seeker's own data.</summary>
public static class PrivacySetup
{
    public static IServiceCollection AddIljariPrivacy(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<RetentionOptions>(config.GetSection("Iljari:Retention"));
        services.AddScoped<SensitiveDetailsStore>();
        services.AddScoped<SeekerErasure>();
        services.AddScoped<AccountRetention>();
        services.AddScoped<SeekerDataExport>();
        // Every sign-in (password, later a second factor) is activity for the retention rule and cancels a pending warning.
        // Hooked on the cookie rather than the login page, so any way of signing in counts.
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, o =>
        {
            var previous = o.Events.OnSignedIn;
            o.Events.OnSignedIn = async ctx =>
            {
                await previous(ctx);
                if (ctx.Principal?.Id() is not { } userId) return;
                var db = ctx.HttpContext.RequestServices.GetRequiredService<AppDbContext>();
                var now = ctx.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
                await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s
                    .SetProperty(u => u.LastSignInAt, now).SetProperty(u => u.InactivityWarnedAt, (DateTime?)null), ctx.HttpContext.RequestAborted);
            };
        });
        return services;
    }
}
