using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.WebUtilities;

namespace Iljari.Web.Infrastructure.Caching;

/// <summary>
/// <c>asp-append-version</c> with the version worked out once per file. The framework's provider looks each file up in
/// a size-limited cache with a file watcher on every page; with five assets in the layout that was a fifth of a
/// signed-in page's time under load (wrk, 2026-11-26). Outside Development the web root only changes with a new
/// deployment, which restarts the process. Same output as the framework: <c>path?v=</c> + base64url(SHA-256).
/// </summary>
public sealed class FixedFileVersionProvider(IWebHostEnvironment env) : IFileVersionProvider
{
    private readonly ConcurrentDictionary<(string PathBase, string Path), string> _versioned = new();

    public string AddFileVersionToPath(PathString requestPathBase, string path) =>
        _versioned.GetOrAdd((requestPathBase.Value ?? "", path), key => Versioned(key.PathBase, key.Path));

    private string Versioned(string pathBase, string path)
    {
        var file = path;
        var query = file.IndexOfAny(['?', '#']);
        if (query >= 0) file = file[..query];
        if (Uri.TryCreate(file, UriKind.Absolute, out var uri) && !uri.IsFile) return path;   // another site's file
        if (pathBase.Length > 0 && file.StartsWith(pathBase, StringComparison.OrdinalIgnoreCase)) file = file[pathBase.Length..];
        var info = env.WebRootFileProvider.GetFileInfo(file);
        if (!info.Exists) return path;
        using var stream = info.CreateReadStream();
        return QueryHelpers.AddQueryString(path, "v", WebEncoders.Base64UrlEncode(SHA256.HashData(stream)));
    }
}
