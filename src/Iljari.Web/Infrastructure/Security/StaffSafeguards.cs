using Iljari.Core.Domain.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Iljari.Web.Infrastructure.Security;

/// <summary>
/// Holds a signed-in staff member (cookie, not a partner token) at the door until the account is safe to use:
/// a temporary password is changed first, then an authenticator app is enrolled. A locked account, or one whose rights an
/// admin changed (new security stamp), is signed out at once.
/// Read from the database per request, so an admin's reset or lock applies on the staff member's next click.
/// </summary>
public static class StaffSafeguards
{
    public const string ChangePasswordPath = "/Account/ChangePassword";
    public const string EnrolmentPath = "/Account/TwoFactor";

    public static WebApplication UseStaffSafeguards(this WebApplication app)
    {
        app.Use(async (ctx, next) =>
        {
            if (NeedsCheck(ctx) && await HoldAsync(ctx)) return;
            await next();
        });
        return app;
    }

    private static bool NeedsCheck(HttpContext ctx) =>
        ctx.User.Identity is { IsAuthenticated: true, AuthenticationType: var type } && type == IdentityConstants.ApplicationScheme
        && (ctx.User.IsInRole(Roles.Counselor) || ctx.User.IsInRole(Roles.AgencyAdmin) || ctx.User.IsInRole(Roles.CityAdmin))
        && !ctx.Request.Path.StartsWithSegments("/Account") && !ctx.Request.Path.StartsWithSegments("/Error")
        && !ctx.Request.Path.StartsWithSegments("/health");

    /// <summary>True when the request was answered here (sent to the password change or enrolment, or signed out).</summary>
    private static async Task<bool> HoldAsync(HttpContext ctx)
    {
        var id = ctx.User.Id();
        var db = ctx.RequestServices.GetRequiredService<AppDbContext>();
        var state = await db.Users.Where(u => u.Id == id)
            .Select(u => new { u.MustChangePassword, u.TwoFactorEnabled, u.LockoutEnd, u.SecurityStamp }).FirstOrDefaultAsync(ctx.RequestAborted);
        var now = ctx.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        // A changed security stamp means an admin changed this account's rights (or its password changed elsewhere):
        // the session ends now rather than at the next 30-minute stamp validation.
        var stampClaim = ctx.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        if (state is null || state.LockoutEnd > now || ctx.User.FindFirst(stampClaim)?.Value != state.SecurityStamp)
        {
            await ctx.SignOutAsync(IdentityConstants.ApplicationScheme);
            await ctx.ChallengeAsync(IdentityConstants.ApplicationScheme);
            return true;
        }
        var target = state.MustChangePassword ? ChangePasswordPath : !state.TwoFactorEnabled ? EnrolmentPath : null;
        if (target is null) return false;
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            await Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "보안 설정이 필요합니다",
                detail: state.MustChangePassword ? "임시 비밀번호를 바꾼 뒤에 이용할 수 있습니다." : "2단계 인증을 등록한 뒤에 이용할 수 있습니다.").ExecuteAsync(ctx);
            return true;
        }
        ctx.Response.Redirect(target);
        return true;
    }
}
