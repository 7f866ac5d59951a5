using Iljari.Core.Domain.Partners;

namespace Iljari.Web.Infrastructure.PartnerApi;

/// <summary>One authorization policy per token scope, named <c>api:&lt;scope&gt;</c>; only a partner token satisfies them.</summary>
public static class ApiPolicies
{
    private const string Prefix = "api:";

    public static string For(string scope) => Prefix + scope;

    public static string? ScopeOf(string? policy) =>
        policy is not null && policy.StartsWith(Prefix, StringComparison.Ordinal) ? policy[Prefix.Length..] : null;

    public static AuthorizationBuilder AddApiScopePolicies(this AuthorizationBuilder builder)
    {
        foreach (var scope in ApiScopes.All.Keys)
            builder.AddPolicy(For(scope), p => p.AddAuthenticationSchemes(ApiTokenAuthenticationHandler.SchemeName)
                .RequireAuthenticatedUser().RequireClaim(ApiClaims.Scope, scope));
        return builder;
    }

    /// <summary>Requires a partner token with <paramref name="scope"/>.</summary>
    public static TBuilder RequireScope<TBuilder>(this TBuilder builder, string scope) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(For(scope));
}
