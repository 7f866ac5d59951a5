using Microsoft.AspNetCore.WebUtilities;

namespace Iljari.Web.Infrastructure;

/// <summary>Page links that keep the current query string (filters, sort) and change only <c>page</c>.</summary>
public sealed class Pager(int page, int pageSize, int total, string path, IQueryCollection query)
{
    public int Page { get; } = page;
    public int PageCount { get; } = Math.Max(1, (int)Math.Ceiling(total / (double)Math.Max(1, pageSize)));

    public string Url(int page)
    {
        var values = query.Where(kv => kv.Key != "page")
            .SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string?>(kv.Key, v)))
            .Append(new("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return QueryHelpers.AddQueryString(path, values);
    }

    public IEnumerable<int> Window()
    {
        var from = Math.Max(1, Page - 4);
        var to = Math.Min(PageCount, from + 9);
        return Enumerable.Range(from, to - from + 1);
    }
}
