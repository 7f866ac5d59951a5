using Iljari.Web.Infrastructure;

namespace Iljari.Web.Pages.Jobs;

[AllowAnonymous]
public class IndexModel(JobSearch search) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public JobSearchRequest Filter { get; set; } = new();

    public JobSearchResult Result { get; private set; } = null!;
    public Pager Pager { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        // Malformed filters (e.g. page=abc) are ignored rather than refused: a search page should always answer.
        ModelState.Clear();
        Result = await search.RunAsync(Filter, ct);
        Pager = new Pager(Result.Query.Page, Result.Query.PageSize, Result.Total, "/Jobs", Request.Query);
    }

    /// <summary>The current URL with one filter changed (or removed when <paramref name="value"/> is null) and paging reset.</summary>
    public string With(string key, string? value)
    {
        var values = Request.Query.Where(kv => !kv.Key.Equals(key, StringComparison.OrdinalIgnoreCase) && kv.Key != "page")
            .SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string?>(kv.Key, v)));
        if (value is not null) values = values.Append(new(key, value));
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/Jobs", values);
    }
}
