using System.Security.Claims;
using Iljari.Core.Data.ChangeHistory;

namespace Iljari.Web.Infrastructure.ChangeHistory;

/// <summary>The signed-in user of the current request; none in background jobs (they have no request).</summary>
public sealed class HttpChangeAuthor(IHttpContextAccessor http) : IChangeAuthor
{
    public (string UserId, string UserName)? Current =>
        http.HttpContext?.User is { Identity.IsAuthenticated: true } user && user.FindFirstValue(ClaimTypes.NameIdentifier) is { } id
            ? (id, user.Identity?.Name ?? "")
            : null;
}
