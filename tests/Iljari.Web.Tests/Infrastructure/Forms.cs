using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Text.RegularExpressions;

namespace Iljari.Web.Tests.Infrastructure;

/// <summary>Submits forms the way a browser does: GET the page, take its antiforgery token, POST the fields.</summary>
public static partial class Forms
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public static async Task<string> TokenAsync(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url);
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, $"no antiforgery token on {url}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Dictionary<string, string> fields, string? tokenFrom = null)
    {
        var token = await TokenAsync(client, tokenFrom ?? url);
        var body = fields.Select(kv => new KeyValuePair<string, string>(kv.Key, kv.Value))
            .Append(new("__RequestVerificationToken", token));
        return await client.PostAsync(url, new FormUrlEncodedContent(body));
    }

    /// <summary>For forms with repeated names (checkbox groups).</summary>
    public static async Task<HttpResponseMessage> PostPairsAsync(HttpClient client, string url, IEnumerable<(string Name, string Value)> fields, string tokenFrom)
    {
        var token = await TokenAsync(client, tokenFrom);
        var body = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token));
        return await client.PostAsync(url, new FormUrlEncodedContent(body));
    }

    /// <summary>A multipart form with one file, as a browser uploads it.</summary>
    public static async Task<HttpResponseMessage> PostFileAsync(HttpClient client, string url, IEnumerable<(string Name, string Value)> fields,
        string fileField, string fileName, byte[] content, string tokenFrom)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        form.Add(new StringContent(await TokenAsync(client, tokenFrom)), "__RequestVerificationToken");
        form.Add(new ByteArrayContent(content), fileField, fileName);
        return await client.PostAsync(url, form);
    }

    /// <summary>The first capture group of <paramref name="pattern"/> in the page, or a failed assertion.</summary>
    public static string FirstMatch(string html, [StringSyntax(StringSyntaxAttribute.Regex)] string pattern)
    {
        var match = Regex.Match(html, pattern);
        Assert.True(match.Success, $"pattern {pattern} not found");
        return match.Groups[1].Value;
    }
}
