using Iljari.Core.Data;
using Iljari.Core.Domain.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Iljari.Web.Infrastructure;

public static class Policies
{
    public const string Seeker = "seeker";
    public const string Employer = "employer";
    public const string Staff = "staff";
    public const string AgencyAdmin = "agency-admin";
    public const string CityAdmin = "city-admin";
    /// <summary>Member organisations that post to the 정보공유 board: agency staff and employers.</summary>
    public const string BoardAuthor = "board-author";
}

public static class IdentitySetup
{
    public static IServiceCollection AddIljariIdentity(this IServiceCollection services)
    {
        services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                // DESIGN.md §4: 8+ characters of 2+ kinds (checked by KoreanPasswordValidator), lockout after 5 failures.
                o.Password.RequiredLength = PasswordRules.MinimumLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddErrorDescriber<KoreanIdentityErrorDescriber>()
            .AddPasswordValidator<KoreanPasswordValidator>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<Security.OneTimeAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider);

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.Cookie.Name = "iljari.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            o.SlidingExpiration = true;
            // API callers get status codes, not a redirect to the login page.
            o.Events.OnRedirectToLogin = ctx => RedirectOrStatus(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => RedirectOrStatus(ctx, StatusCodes.Status403Forbidden);
            // Identity's security-stamp check builds a SignInManager and UserManager on every request before it looks at
            // the clock (a tenth of a signed-in page's time under load). Look at the clock first, with the same rule.
            var validate = o.Events.OnValidatePrincipal;
            o.Events.OnValidatePrincipal = ctx => StampCheckDue(ctx) ? validate(ctx) : Task.CompletedTask;
        });

        // The antiforgery cookie is not Secure by default; like the sign-in cookie it is Secure whenever the request is HTTPS.
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Seeker, p => p.RequireRole(Roles.Seeker))
            .AddPolicy(Policies.Employer, p => p.RequireRole(Roles.Employer))
            .AddPolicy(Policies.Staff, p => p.RequireRole(Roles.Counselor, Roles.AgencyAdmin, Roles.CityAdmin))
            .AddPolicy(Policies.AgencyAdmin, p => p.RequireRole(Roles.AgencyAdmin, Roles.CityAdmin))
            .AddPolicy(Policies.CityAdmin, p => p.RequireRole(Roles.CityAdmin))
            .AddPolicy(Policies.BoardAuthor, p => p.RequireRole(Roles.Employer, Roles.Counselor, Roles.AgencyAdmin, Roles.CityAdmin));
        return services;
    }

    /// <summary>The rule of <see cref="SecurityStampValidator"/>: check once the ticket is older than the validation interval.</summary>
    private static bool StampCheckDue(Microsoft.AspNetCore.Authentication.Cookies.CookieValidatePrincipalContext ctx)
    {
        if (ctx.Properties.IssuedUtc is not { } issued) return true;
        var options = ctx.HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<SecurityStampValidatorOptions>>().Value;
        return (options.TimeProvider ?? TimeProvider.System).GetUtcNow() - issued > options.ValidationInterval;
    }

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api")) ctx.Response.StatusCode = status;
        else ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}

/// <summary>Applies <see cref="PasswordRules"/> (2+ character kinds) on top of Identity's length check.</summary>
public sealed class KoreanPasswordValidator : IPasswordValidator<AppUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        // Identity's own RequiredLength check reports a short password; this adds only the character-kind rule.
        var error = password is { Length: >= PasswordRules.MinimumLength } ? PasswordRules.Validate(password) : null;
        return Task.FromResult(error is null
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = "PasswordKinds", Description = error }));
    }
}
