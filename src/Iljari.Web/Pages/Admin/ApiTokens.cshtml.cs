using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Partners;
using Iljari.Web.Infrastructure;

namespace Iljari.Web.Pages.Admin;

/// <summary>
/// 협력기관 API 토큰: the city admin issues a token per partner organisation with the modules it may read or write,
/// sees it once, and revokes it (who and when are kept). Only the hash is stored, so a lost token is revoked and reissued.
/// </summary>
public class ApiTokensModel(AppDbContext db, TimeProvider time) : PageModel
{
    public sealed class TokenInput
    {
        public string? PartnerName { get; set; }
        public string? Label { get; set; }
        public List<string> Scopes { get; set; } = [];
        /// <summary>Last day the token works (Korean date); empty = no expiry.</summary>
        public DateOnly? ExpiresOn { get; set; }
    }

    public sealed record Row(ApiToken Token, string CreatedBy, string? RevokedBy);

    private const int PageSize = 30;

    [BindProperty] public TokenInput Input { get; set; } = new();
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;
    /// <summary>The token just issued, shown on this one answer only.</summary>
    public string? IssuedToken { get; private set; }
    public string? IssuedFor { get; private set; }
    public DateTime Now { get; private set; }

    public async Task OnGetAsync([FromQuery] int page = 1, CancellationToken ct = default)
    {
        Now = time.GetUtcNow().UtcDateTime;
        var total = await db.ApiTokens.CountAsync(ct);
        page = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var tokens = await db.ApiTokens.AsNoTracking().OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var userIds = tokens.SelectMany(t => new[] { t.CreatedByUserId, t.RevokedByUserId }).OfType<string>().Distinct().ToList();
        var names = await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        Rows = tokens.Select(t => new Row(t, names.GetValueOrDefault(t.CreatedByUserId, "알 수 없음"),
            t.RevokedByUserId is null ? null : names.GetValueOrDefault(t.RevokedByUserId, "알 수 없음"))).ToList();
        Pager = new Pager(page, PageSize, total, "/Admin/ApiTokens", Request.Query);
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        // The last day counts whole: the token stops at midnight Korean time after it.
        DateTime? expires = Input.ExpiresOn is { } day ? day.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-9) : null;
        try
        {
            var (token, plain) = ApiToken.Issue(Input.PartnerName ?? "", Input.Label ?? "", Input.Scopes, expires, User.Id()!, now);
            db.ApiTokens.Add(token);
            await db.SaveChangesAsync(ct);
            (IssuedToken, IssuedFor) = (plain, token.PartnerName);
            Input = new TokenInput();
            ModelState.Clear();
            Response.Headers.CacheControl = "no-store"; // the secret must not stay in a cache
        }
        catch (ValidationFailedException e)
        {
            ModelState.AddErrors(e, nameof(Input));
        }
        await OnGetAsync(1, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken ct)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (token is null) return NotFound();
        try
        {
            token.Revoke(User.Id()!, time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
            TempData["Notice"] = $"{token.PartnerName}의 토큰을 폐기했습니다. 이 토큰으로 오는 요청은 지금부터 거부됩니다.";
        }
        catch (DomainException e)
        {
            TempData["Error"] = e.Message;
        }
        return RedirectToPage();
    }
}
