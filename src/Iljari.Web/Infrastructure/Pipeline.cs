using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Iljari.Web.Api;
using Iljari.Web.Infrastructure.PartnerApi;
using Iljari.Web.Infrastructure.Security;
using Scalar.AspNetCore;

namespace Iljari.Web.Infrastructure;

public static class Pipeline
{
    public static WebApplication UseIljariPipeline(this WebApplication app)
    {
        // Pages get Korean error pages; /api gets RFC 7807 ProblemDetails (via AddProblemDetails). Never a stack trace.
        app.UseWhen(ctx => ctx.Request.Path.StartsWithSegments("/api"), api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = StatusFor });
            api.UseStatusCodePages();
        });
        app.UseWhen(ctx => !ctx.Request.Path.StartsWithSegments("/api"), pages =>
        {
            pages.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/Error", StatusCodeSelector = StatusFor });
            pages.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        });
        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UsePartnerApi();
        app.UseStaffSafeguards();
        app.UseAuthorization();
        app.UseOutputCache();   // after authentication: signed-in users always bypass it (Caching/PublicPageCache)
        return app;
    }

    public static WebApplication MapIljariEndpoints(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapPostingEndpoints();
        app.MapSeekerEndpoints();
        app.MapMatchingEndpoints();
        app.MapPostingImportEndpoints();
        app.MapEventEndpoints();
        app.MapProgramEndpoints();
        app.MapSitemap();
        app.MapStatisticsEndpoints();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/scalar", o => o.WithTitle("고양 일자리 API"));
        app.MapHealthChecks("/health");
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        return app;
    }

    private static int StatusFor(Exception ex) =>
        ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;

    /// <summary>
    /// Scripts only from our own files (no inline script, no eval; pages keep data in JSON blocks read by wwwroot/js),
    /// never framed. Styles may be inline because htmx adds its indicator style element.
    /// </summary>
    public const string ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The Scalar API reference (no personal data) starts itself with an inline module script; only its pages allow that.</summary>
    private const string ApiReferencePolicy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    private static void UseSecurityHeaders(this WebApplication app)
    {
        // HSTS only means something on HTTPS (the middleware skips plain HTTP and localhost); Development runs on plain HTTP.
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.Use(async (ctx, next) =>
        {
            var h = ctx.Response.Headers;
            h.XContentTypeOptions = "nosniff";
            h["Referrer-Policy"] = "strict-origin-when-cross-origin";
            h.XFrameOptions = "DENY";
            h.ContentSecurityPolicy = ctx.Request.Path.StartsWithSegments("/scalar") ? ApiReferencePolicy : ContentSecurityPolicy;
            await next();
        });
    }
}
