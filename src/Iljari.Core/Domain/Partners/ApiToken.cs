using System.Security.Cryptography;
using Iljari.Core.Domain.Common;

namespace Iljari.Core.Domain.Partners;

/// <summary>
/// A partner organisation's key to <c>/api/v1</c> (협력기관 API 토큰). The city admin creates it with the modules it may
/// read or write; the secret is shown once and only its SHA-256 is kept, so a database copy cannot call the API.
/// The token text is <c>ilj_&lt;lookup id&gt;_&lt;secret&gt;</c>: the lookup id finds the row, the secret proves it.
/// </summary>
public class ApiToken
{
    public const string Prefix = "ilj_";
    private const int LookupBytes = 8;   // 16 hex digits: unique enough to find the row, not a secret
    private const int SecretBytes = 32;  // 256 bits: a hash of it needs no salt or slow KDF

    public int Id { get; private set; }
    public string PartnerName { get; private set; } = "";
    /// <summary>What the partner uses it for (e.g. "고용24 연계 서버"), so two tokens of one partner can be told apart.</summary>
    public string Label { get; private set; } = "";
    public string LookupId { get; private set; } = "";
    /// <summary>Lower-case hex SHA-256 of the secret part.</summary>
    public string SecretHash { get; private set; } = "";
    public List<string> Scopes { get; private set; } = [];
    public DateTime CreatedAt { get; private set; }
    public string CreatedByUserId { get; private set; } = "";
    public DateTime? ExpiresAt { get; private set; }
    public DateTime? RevokedAt { get; private set; }
    public string? RevokedByUserId { get; private set; }
    public DateTime? LastUsedAt { get; private set; }

    private ApiToken() { }

    /// <summary>Makes a token and returns it with the full token text, which is never stored.</summary>
    public static (ApiToken Token, string Plain) Issue(string partnerName, string label, IEnumerable<string> scopes, DateTime? expiresAt,
        string createdByUserId, DateTime nowUtc)
    {
        var errors = new List<FieldError>();
        var partner = partnerName.Trim();
        var name = label.Trim();
        var chosen = scopes.Distinct().ToList();
        if (partner.Length == 0) errors.Add(new("PartnerName", "협력기관명을 입력해 주세요."));
        else if (partner.Length > 100) errors.Add(new("PartnerName", "협력기관명은 100자 이내로 입력해 주세요."));
        if (name.Length > 100) errors.Add(new("Label", "용도는 100자 이내로 입력해 주세요."));
        if (chosen.Count == 0) errors.Add(new("Scopes", "권한을 하나 이상 골라 주세요."));
        else if (chosen.Any(s => !ApiScopes.All.ContainsKey(s))) errors.Add(new("Scopes", "알 수 없는 권한이 있습니다."));
        if (expiresAt is { } exp && exp <= nowUtc) errors.Add(new("ExpiresOn", "만료일은 오늘 이후여야 합니다."));
        if (errors.Count > 0) throw new ValidationFailedException(errors);

        var lookup = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(LookupBytes));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(SecretBytes));
        var token = new ApiToken
        {
            PartnerName = partner, Label = name, LookupId = lookup, SecretHash = Hash(secret),
            Scopes = chosen.OrderBy(s => s, StringComparer.Ordinal).ToList(),
            ExpiresAt = expiresAt, CreatedByUserId = createdByUserId, CreatedAt = nowUtc,
        };
        return (token, $"{Prefix}{lookup}_{secret}");
    }

    /// <summary>Splits a presented token into its lookup id and secret; null when it does not have the shape.</summary>
    public static (string LookupId, string Secret)? Parse(string? presented)
    {
        if (presented is null || !presented.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var rest = presented[Prefix.Length..];
        var sep = rest.IndexOf('_', StringComparison.Ordinal);
        if (sep != LookupBytes * 2 || rest.Length - sep - 1 < 16) return null;
        return (rest[..sep], rest[(sep + 1)..]);
    }

    /// <summary>Compares in constant time, so the answer's timing does not leak how much of a guess was right.</summary>
    public bool Matches(string secret) =>
        CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(Hash(secret)), System.Text.Encoding.ASCII.GetBytes(SecretHash));

    /// <summary>Why the token may not be used now, in Korean; null when it may.</summary>
    public string? Refusal(DateTime nowUtc) =>
        RevokedAt is not null ? "폐기된 토큰입니다."
        : ExpiresAt is { } exp && exp <= nowUtc ? "만료된 토큰입니다."
        : null;

    public bool IsActive(DateTime nowUtc) => Refusal(nowUtc) is null;

    public void Revoke(string userId, DateTime nowUtc)
    {
        if (RevokedAt is not null) throw new DomainException("이미 폐기된 토큰입니다.");
        (RevokedAt, RevokedByUserId) = (nowUtc, userId);
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>
/// What a token may do, per module. Write does not include read: an import server rarely needs to read, and a
/// reader must never write. Statistics are computed, so they are read-only; events and programs are edited by
/// agency staff in the app, so partners only read them.
/// </summary>
public static class ApiScopes
{
    public const string PostingsRead = "postings:read";
    public const string PostingsWrite = "postings:write";
    public const string EventsRead = "events:read";
    public const string ProgramsRead = "programs:read";
    public const string StatisticsRead = "statistics:read";

    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        [PostingsRead] = "구인공고 읽기",
        [PostingsWrite] = "구인공고 쓰기 (가져오기)",
        [EventsRead] = "채용행사 읽기",
        [ProgramsRead] = "취업지원 프로그램 읽기",
        [StatisticsRead] = "통계 읽기",
    };

    public static string Label(string scope) => All.GetValueOrDefault(scope, scope);
}
