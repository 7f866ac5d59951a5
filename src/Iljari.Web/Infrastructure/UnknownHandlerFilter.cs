using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Iljari.Web.Infrastructure;

/// <summary>
/// A request that names a handler the page does not have (<c>?handler=;env;</c>), or posts to a page that takes no
/// post, is answered 404. Razor Pages would otherwise render the page without running any handler, with nothing
/// loaded, and the view failed with a 500 (found by wapiti's long run, 2026-11-26).
/// </summary>
public sealed class UnknownHandlerFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        // The error and status pages are re-executed with the failed request's method; they must always render.
        if (context.HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || context.HttpContext.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            await next();
            return;
        }
        var namedHandler = context.RouteData.Values.ContainsKey("handler") || request.Query.ContainsKey("handler");
        if (context.HandlerMethod is null && (namedHandler || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))))
        {
            context.Result = new NotFoundResult();
            return;
        }
        await next();
    }
}
