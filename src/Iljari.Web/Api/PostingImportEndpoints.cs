using System.Globalization;
using System.Security.Claims;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Partners;
using Iljari.Core.Domain.Postings;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.Imports;
using Iljari.Web.Infrastructure.PartnerApi;

namespace Iljari.Web.Api;

/// <summary>
/// Partner side of postings: Work24-style import (<c>postings:write</c>) and a change feed with external ids
/// (<c>postings:read</c>). The public search stays anonymous in <see cref="PostingEndpoints"/>.
/// </summary>
public static class PostingImportEndpoints
{
    public static IEndpointRouteBuilder MapPostingImportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/postings").WithTags("구인공고 연계 (Posting import)");
        group.MapPost("/import", ImportAsync)
            .RequireScope(ApiScopes.PostingsWrite)
            .Accepts<string>("text/csv", "application/json")
            .WithName("ImportPostings")
            .WithSummary("구인공고 가져오기 (고용24 형식 CSV/JSON)")
            .WithDescription("Body: the file (Content-Type text/csv or application/json). Idempotent by (source, wantedAuthNo). " +
                "Files up to the sync row limit (default 500 rows) are processed at once (200); larger ones are queued (202, Location = status URL). See docs/api.md.");
        group.MapGet("/imports/{id:int}", StatusAsync)
            .RequireScope(ApiScopes.PostingsWrite)
            .WithName("GetPostingImport")
            .WithSummary("가져오기 진행 상황과 거부된 행");
        group.MapGet("/feed", FeedAsync)
            .RequireScope(ApiScopes.PostingsRead)
            .WithName("PostingFeed")
            .WithSummary("변경된 구인공고 (연계용)")
            .WithDescription("Every non-draft posting, including closed and filled ones, changed at or after `updatedSince` (UTC), oldest change first, with its external source and id.");
        return app;
    }

    private static async Task<IResult> ImportAsync(HttpRequest request, ClaimsPrincipal user, ImportSubmission submission,
        string source = ImportSubmission.DefaultSource, bool fullFeed = false, bool createCompanies = false, CancellationToken ct = default)
    {
        if (request.ContentLength > ImportSubmission.MaxBytes)
            return ProblemResults.Invalid(new Dictionary<string, string[]> { ["file"] = ["파일은 10MB 이하만 올릴 수 있습니다. 나눠서 보내 주세요."] });
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, ct);
        try
        {
            var run = await submission.SubmitAsync(body.ToArray(), null, request.ContentType,
                new ImportRequest(source, fullFeed, createCompanies, null, TokenId(user)), runSmallNow: true, ct);
            var dto = ImportRunDto.From(run, []);
            if (!run.IsDone) return TypedResults.Accepted($"/api/v1/postings/imports/{run.Id}", dto);
            return TypedResults.Ok(dto with { Rejections = await submission.RejectionsAsync(run.Id, ImportRunDto.MaxRejections, ct) });
        }
        catch (ValidationFailedException e)
        {
            return ProblemResults.Invalid(e.Errors.GroupBy(f => f.Field.ToLowerInvariant()).ToDictionary(g => g.Key, g => g.Select(f => f.Message).ToArray()));
        }
    }

    /// <summary>A token sees only the runs it started.</summary>
    private static async Task<IResult> StatusAsync(int id, ClaimsPrincipal user, AppDbContext db, ImportSubmission submission, CancellationToken ct)
    {
        var tokenId = TokenId(user);
        var run = await db.PostingImportRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id && r.ApiTokenId == tokenId, ct);
        if (run is null) return ProblemResults.NotFound("해당 가져오기 기록이 없습니다.");
        return TypedResults.Ok(ImportRunDto.From(run, await submission.RejectionsAsync(id, ImportRunDto.MaxRejections, ct)));
    }

    private static async Task<IResult> FeedAsync(AppDbContext db, DateTime? updatedSince, string? source, int page = 1, int pageSize = 100, CancellationToken ct = default)
    {
        if (ApiPaging.Check(page, pageSize) is { } invalid) return invalid;
        var query = db.JobPostings.AsNoTracking().Where(p => p.Status != PostingStatus.Draft);
        if (updatedSince is { } since)
        {
            var utc = since.Kind == DateTimeKind.Local ? since.ToUniversalTime() : DateTime.SpecifyKind(since, DateTimeKind.Utc);
            query = query.Where(p => p.UpdatedAt >= utc);
        }
        if (!string.IsNullOrEmpty(source)) query = query.Where(p => p.ExternalSource == source);
        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(p => p.UpdatedAt).ThenBy(p => p.Id).Skip((page - 1) * pageSize).Take(pageSize).Include(p => p.Company).ToListAsync(ct);
        return TypedResults.Ok(new ApiPage<FeedPosting>(total, page, pageSize, items.Select(FeedPosting.From).ToList()));
    }

    private static int? TokenId(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(ApiClaims.TokenId), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}

public sealed record RejectedRow(int Row, string? WantedAuthNo, string Reason);

public sealed record ImportRunDto(int Id, string Status, string StatusName, string Source, bool FullFeed, int TotalRows, int ProcessedRows,
    int Created, int Updated, int Unchanged, int Closed, int Rejected, string? Failure, DateTime CreatedAt, DateTime? FinishedAt,
    IReadOnlyList<RejectedRow> Rejections)
{
    /// <summary>Rejected rows returned in one answer; the import page lists them all.</summary>
    public const int MaxRejections = 1000;

    public static ImportRunDto From(PostingImportRun r, IReadOnlyList<RejectedRow> rejections) => new(r.Id, r.Status.ToString(), r.Status.Label(), r.Source,
        r.FullFeed, r.TotalRows, r.ProcessedRows, r.Created, r.Updated, r.Unchanged, r.Closed, r.Rejected, r.Failure, r.CreatedAt, r.FinishedAt, rejections);
}

public sealed record FeedPosting(PostingSummary Summary, string? ExternalSource, string? ExternalId, string CompanyBusinessNumber, DateTime UpdatedAt)
{
    public static FeedPosting From(JobPosting p) => new(PostingSummary.From(p), p.ExternalSource, p.ExternalId, p.Company?.BusinessNumber ?? "", p.UpdatedAt);
}
