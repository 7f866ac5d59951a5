using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace Iljari.Web.Infrastructure.Caching;

/// <summary>
/// The cookie TempData provider, minus one habit: with nothing to keep it sends a "delete this cookie" header even
/// when the browser never had the cookie. Every page reads TempData (the layout shows notices), so every response
/// carried a Set-Cookie, which also made public pages uncacheable. Deleting a cookie that exists still happens.
/// </summary>
public sealed class QuietTempDataProvider(CookieTempDataProvider cookies, IOptions<CookieTempDataProviderOptions> options) : ITempDataProvider
{
    private readonly string _cookieName = options.Value.Cookie.Name ?? CookieTempDataProvider.CookieName;

    public IDictionary<string, object> LoadTempData(HttpContext context) => cookies.LoadTempData(context);

    public void SaveTempData(HttpContext context, IDictionary<string, object> values)
    {
        if (values.Count == 0 && !context.Request.Cookies.Keys.Any(k => k.StartsWith(_cookieName, StringComparison.Ordinal)))
            return;
        cookies.SaveTempData(context, values);
    }
}
