using Microsoft.AspNetCore.Authentication;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Iljari.Web.Infrastructure.PartnerApi;

/// <summary>The "Iljari:Api" configuration section.</summary>
public sealed class ApiOptions
{
    /// <summary>Requests per minute for each partner token (and each signed-in user calling the API).</summary>
    public int TokenRequestsPerMinute { get; set; } = 600;
    /// <summary>Requests per minute for each IP address without a token (the public search).</summary>
    public int AnonymousRequestsPerMinute { get; set; } = 300;
    /// <summary>API imports up to this many rows are processed in the request (200); larger files are queued (202).</summary>
    public int SyncImportRowLimit { get; set; } = 500;
}

public static class PartnerApiSetup
{
    private const string SelectorScheme = "Iljari";

    /// <summary>
    /// Bearer tokens beside the Identity cookie: a policy scheme sends /api requests with an <c>Authorization: Bearer</c>
    /// header to the token handler and everything else to the cookie, so pages work as before. Pages never accept a
    /// token: a partner principal has no role and would otherwise pass the pages that only ask for "signed in".
    /// </summary>
    public static IServiceCollection AddIljariPartnerApi(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<ApiOptions>(config.GetSection("Iljari:Api"));
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SelectorScheme;
                o.DefaultAuthenticateScheme = SelectorScheme;
                o.DefaultChallengeScheme = SelectorScheme;
                o.DefaultForbidScheme = SelectorScheme;
            })
            .AddPolicyScheme(SelectorScheme, "Iljari", o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Path.StartsWithSegments("/api") && ApiTokenAuthenticationHandler.BearerToken(ctx.Request) is not null
                    ? ApiTokenAuthenticationHandler.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder().AddApiScopePolicies();
        services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(Partition);
            o.OnRejected = RejectAsync;
        });
        return services;
    }

    /// <summary>Rate limit, then refuse a presented token that did not authenticate (even on anonymous endpoints, so a revoked token is noticed).</summary>
    public static WebApplication UsePartnerApi(this WebApplication app)
    {
        app.UseRateLimiter();
        app.UseWhen(ctx => ctx.Request.Path.StartsWithSegments("/api"), api => api.Use(async (ctx, next) =>
        {
            if (ApiTokenAuthenticationHandler.BearerToken(ctx.Request) is not null && ctx.User.Identity?.AuthenticationType != ApiTokenAuthenticationHandler.SchemeName)
            {
                await ctx.ChallengeAsync(ApiTokenAuthenticationHandler.SchemeName);
                return;
            }
            await next();
        }));
        return app;
    }

    /// <summary>Per token, per signed-in user, else per IP address; only /api is limited (pages have their own login lockout).</summary>
    private static RateLimitPartition<string> Partition(HttpContext ctx)
    {
        if (!ctx.Request.Path.StartsWithSegments("/api")) return RateLimitPartition.GetNoLimiter("pages");
        var options = ctx.RequestServices.GetRequiredService<IOptionsMonitor<ApiOptions>>().CurrentValue;
        var (key, limit) = ctx.User.FindFirst(ApiClaims.TokenId)?.Value is { } token ? ("token:" + token, options.TokenRequestsPerMinute)
            : ctx.User.Id() is { } user ? ("user:" + user, options.TokenRequestsPerMinute)
            : ("ip:" + (ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown"), options.AnonymousRequestsPerMinute);
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, limit), Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true,
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? (int)Math.Ceiling(retry.TotalSeconds) : 60;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = Math.Max(1, seconds).ToString(CultureInfo.InvariantCulture);
        // Pages (the login and sign-up forms) get the Korean error page through the status-code pages.
        if (!http.Request.Path.StartsWithSegments("/api")) return;
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests, Title = "요청이 너무 많습니다",
                Detail = $"분당 요청 한도를 넘었습니다. {Math.Max(1, seconds)}초 뒤에 다시 시도해 주세요.",
            },
        });
    }
}
