using System.Security.Claims;
using System.Text.Encodings.Web;
using Iljari.Core.Domain.Partners;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Iljari.Web.Infrastructure.PartnerApi;

public static class ApiClaims
{
    public const string TokenId = "iljari:api-token";
    public const string Partner = "iljari:partner";
    public const string Scope = "scope";
}

/// <summary>
/// <c>Authorization: Bearer ilj_…</c> on the API. Each request looks the token up again (by its indexed lookup id), so a
/// revocation or an expiry holds from the very next request. Failures answer 401 and missing scopes 403, both as
/// Korean ProblemDetails.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    AppDbContext db, TimeProvider time, IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    /// <summary>Last-used time is written at most this often, so a busy partner does not cost a write per request.</summary>
    private static readonly TimeSpan LastUsedPrecision = TimeSpan.FromMinutes(1);

    public static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = BearerToken(Request);
        if (presented is null) return AuthenticateResult.NoResult();
        if (ApiToken.Parse(presented) is not (var lookupId, var secret)) return AuthenticateResult.Fail("알 수 없는 토큰입니다.");
        var token = await db.ApiTokens.AsNoTracking().FirstOrDefaultAsync(t => t.LookupId == lookupId, Context.RequestAborted);
        // A wrong secret gets the same answer as an unknown id, so a guess learns nothing.
        if (token is null || !token.Matches(secret)) return AuthenticateResult.Fail("알 수 없는 토큰입니다.");
        var now = time.GetUtcNow().UtcDateTime;
        if (token.Refusal(now) is { } refusal) return AuthenticateResult.Fail(refusal);
        if (token.LastUsedAt is not { } last || now - last >= LastUsedPrecision)
            await db.ApiTokens.Where(t => t.Id == token.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), Context.RequestAborted);

        var claims = new List<Claim>
        {
            new(ApiClaims.TokenId, token.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(ApiClaims.Partner, token.PartnerName),
        };
        claims.AddRange(token.Scopes.Select(s => new Claim(ApiClaims.Scope, s)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName, ApiClaims.Partner, null));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.Headers.WWWAuthenticate = "Bearer";
        await WriteAsync(StatusCodes.Status401Unauthorized, "인증 실패",
            result.Failure?.Message ?? "이 API는 협력기관 토큰이 필요합니다. Authorization: Bearer <토큰> 헤더를 보내 주세요.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        var needed = Context.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizeData>()
            .Select(a => ApiPolicies.ScopeOf(a.Policy)).OfType<string>().FirstOrDefault();
        return WriteAsync(StatusCodes.Status403Forbidden, "권한 없음",
            needed is null ? "이 토큰에는 이 API를 쓸 권한이 없습니다." : $"이 토큰에는 '{needed}' 권한({ApiScopes.Label(needed)})이 없습니다.");
    }

    private Task WriteAsync(int status, string title, string detail)
    {
        Response.StatusCode = status;
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        }).AsTask();
    }
}
