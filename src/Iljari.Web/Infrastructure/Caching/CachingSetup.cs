using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Iljari.Web.Infrastructure.Caching;

/// <summary>What keeps repeated work off a request: the public page cache, quiet TempData, fixed asset versions.</summary>
public static class CachingSetup
{
    public static IServiceCollection AddIljariCaching(this IServiceCollection services, IWebHostEnvironment environment)
    {
        if (!environment.IsDevelopment()) services.Replace(ServiceDescriptor.Singleton<IFileVersionProvider, FixedFileVersionProvider>());
        services.AddMemoryCache();
        services.AddSingleton<CookieTempDataProvider>();
        services.Replace(ServiceDescriptor.Singleton<ITempDataProvider, QuietTempDataProvider>());
        PublicPageCache.Register(services);
        return services;
    }
}
