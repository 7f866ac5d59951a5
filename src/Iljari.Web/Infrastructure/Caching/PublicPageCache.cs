using Iljari.Core.Search;
using Microsoft.AspNetCore.OutputCaching;

namespace Iljari.Web.Infrastructure.Caching;

/// <summary>
/// Output cache for the public pages (home, job search, posting detail) as an anonymous visitor sees them. They are the
/// same for everyone who is not signed in and are the pages most visited; the cache keeps them off the database.
/// <list type="bullet">
/// <item>Only anonymous GET/HEAD without a handler (exports write an access-log row per download, so they always run).</item>
/// <item>Keyed by the full URL and the search index's version: a posting change starts a new key at once, so
///   a visitor never sees a posting after it closed; <see cref="Lifetime"/> only bounds what the index does not see.</item>
/// <item>Never stores a response that sets a cookie or is not 200 (404 for drafts, errors).</item>
/// </list>
/// Each instance keeps its own cache, like its own index (docs/operations.md).
/// </summary>
public sealed class PublicPageCache : IOutputCachePolicy
{
    public const string PolicyName = "public-pages";
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public static void Register(IServiceCollection services)
    {
        services.AddOutputCache(o =>
        {
            o.SizeLimit = 64L * 1024 * 1024;   // 64 MB of pages; least recently used go first
            o.AddPolicy(PolicyName, new PublicPageCache());
        });
    }

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken ct)
    {
        var request = context.HttpContext.Request;
        var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && context.HttpContext.User.Identity?.IsAuthenticated != true
            && !request.Headers.ContainsKey("Authorization")
            && !request.Query.ContainsKey("handler");
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;   // 200 visitors of one new URL wait for one render instead of running 200
        context.ResponseExpirationTimeSpan = Lifetime;
        context.CacheVaryByRules.QueryKeys = "*";
        var index = context.HttpContext.RequestServices.GetRequiredService<IPostingSearch>();
        context.CacheVaryByRules.VaryByValues["index"] = index.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken ct) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken ct)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey("Set-Cookie"))
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}
