using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Iljari.Web.Tests.Security;

/// <summary>One thing a browser or partner can call: a page handler (GET or POST, named or not) or an API route.</summary>
/// <param name="Key">How the access table names it: <c>/Staff/Events/Manage/{id:int}</c>, <c>… ?handler=Excel</c>, <c>GET /api/v1/…</c>.</param>
/// <param name="Route">The route pattern with parameters still in braces.</param>
/// <param name="Handler">The page handler name (null for the unnamed one and for API routes).</param>
/// <param name="Parameters">Names of the handler's or endpoint's bound parameters (route and query), for fuzzing.</param>
public sealed record AppEndpoint(string Key, string Method, string Route, string? Handler, bool IsPage, IReadOnlyList<string> Parameters)
{
    public override string ToString() => Key;
}

/// <summary>
/// Every page and endpoint of the running app, read from its <see cref="EndpointDataSource"/>, so a new page or
/// route shows up here without anyone listing it.
/// </summary>
public static class AppEndpoints
{
    /// <summary>Framework plumbing that is not ours to rule on (Scalar's own files; the error page is re-executed, never routed to).</summary>
    private static readonly string[] Ignored = ["/Error", "/scalar/{**path}"];

    public static async Task<IReadOnlyList<AppEndpoint>> ListAsync(IServiceProvider services)
    {
        var loader = services.GetRequiredService<PageLoader>();
        var found = new Dictionary<string, AppEndpoint>(StringComparer.Ordinal);
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                // An Index page has two routes ("Staff/Events" and "Staff/Events/Index"); keep the short one.
                route = "/" + (page.AttributeRouteInfo?.Template ?? page.ViewEnginePath).TrimStart('/');
                if (Ignored.Contains(page.ViewEnginePath) || route.EndsWith("Index", StringComparison.Ordinal)) continue;
                var compiled = page as CompiledPageActionDescriptor ?? await loader.LoadAsync(page, endpoint.Metadata);
                foreach (var h in compiled.HandlerMethods)
                {
                    var method = h.HttpMethod.ToUpperInvariant();
                    var key = h.Name is null ? (method == "GET" ? route : $"POST {route}") : $"{(method == "GET" ? "" : "POST ")}{route}?handler={h.Name}";
                    var parameters = h.Parameters.Where(p => p.BindingInfo?.BindingSource != BindingSource.Services)
                        .Select(p => (p.Name, p.ParameterType))
                        .Concat(compiled.BoundProperties.Where(p => method == "POST" || p.BindingInfo?.RequestPredicate is null).Select(p => (p.Name, p.ParameterType)))
                        .SelectMany(p => FieldNames(p.Name, p.ParameterType, 0)).Distinct().ToList();
                    found.TryAdd(key, new AppEndpoint(key, method, route, h.Name, true, parameters));
                }
                continue;
            }
            if (Ignored.Contains(route)) continue;
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods.Where(m => m != "HEAD"))
            {
                var handler = endpoint.Metadata.GetMetadata<System.Reflection.MethodInfo>();
                var parameters = endpoint.RoutePattern.Parameters.Select(p => p.Name)
                    .Concat(handler?.GetParameters().Where(p => IsSimple(p.ParameterType)).Select(p => p.Name!) ?? []).Distinct().ToList();
                found.TryAdd($"{method} {route}", new AppEndpoint($"{method} {route}", method, route, null, false, parameters));
            }
        }
        return found.Values.OrderBy(e => e.Route, StringComparer.Ordinal).ThenBy(e => e.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>Form field names a browser would send for a bound parameter: "id", "Input.Title", "Input.Wishes" (two levels deep).</summary>
    private static IEnumerable<string> FieldNames(string name, Type type, int depth)
    {
        var element = type.IsArray ? type.GetElementType()!
            : type != typeof(string) && type.IsGenericType && typeof(System.Collections.IEnumerable).IsAssignableFrom(type) ? type.GetGenericArguments()[0] : type;
        if (IsSimple(element)) return [name];
        if (typeof(IFormFile).IsAssignableFrom(element) || element == typeof(CancellationToken) || depth >= 2 || !element.IsClass) return [];
        return element.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetIndexParameters().Length == 0)
            .SelectMany(p => FieldNames($"{name}.{p.Name}", p.PropertyType, depth + 1));
    }

    private static bool IsSimple(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(DateTime) || t == typeof(DateOnly)
            || t == typeof(TimeOnly) || t == typeof(DateTimeOffset) || t == typeof(Guid);
    }
}
