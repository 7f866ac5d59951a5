using System.Text;
using System.Text.RegularExpressions;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Postings;
using Iljari.Core.Imports;
using Iljari.Web.Infrastructure.PartnerApi;
using Microsoft.Extensions.Options;

namespace Iljari.Web.Infrastructure.Imports;

/// <summary>What the uploader chose besides the file.</summary>
public sealed record ImportRequest(string Source, bool FullFeed, bool CreateCompanies, string? UserId, int? ApiTokenId);

/// <summary>
/// Turns an uploaded file into a queued <see cref="PostingImportRun"/>: checks size and text encoding (UTF-8, or CP949
/// as Korean Excel saves CSV), then either runs it now (small API files) or hands it to the <see cref="ImportWorker"/>.
/// </summary>
public sealed partial class ImportSubmission(AppDbContext db, TimeProvider time, ImportQueue queue, PostingImporter importer, IOptions<ApiOptions> options)
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const string DefaultSource = "work24";

    [GeneratedRegex("^[a-z0-9-]{2,32}$")]
    private static partial Regex SourcePattern();

    /// <summary>Korean message for a bad source name, or null.</summary>
    public static string? CheckSource(string? source) =>
        source is not null && SourcePattern().IsMatch(source) ? null : "출처(source)는 영문 소문자, 숫자, 하이픈 2~32자입니다 (예: work24).";

    /// <summary>Queues the file; <paramref name="runSmallNow"/> processes it in this request when it has few rows.</summary>
    public async Task<PostingImportRun> SubmitAsync(byte[] bytes, string? fileName, string? contentType, ImportRequest request, bool runSmallNow, CancellationToken ct)
    {
        if (bytes.Length == 0) throw new ValidationFailedException([new FieldError("File", "파일을 골라 주세요.")]);
        if (bytes.Length > MaxBytes) throw new ValidationFailedException([new FieldError("File", "파일은 10MB 이하만 올릴 수 있습니다. 나눠서 올려 주세요.")]);
        if (CheckSource(request.Source) is { } bad) throw new ValidationFailedException([new FieldError("Source", bad)]);
        var text = Decode(bytes);
        var format = contentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true ? ImportFormat.Json
            : contentType?.Contains("csv", StringComparison.OrdinalIgnoreCase) == true ? ImportFormat.Csv
            : Work24File.Detect(fileName, text);
        var name = Path.GetFileName(fileName ?? "") is { Length: > 0 } n ? n[..Math.Min(n.Length, 200)] : (format == ImportFormat.Json ? "api.json" : "api.csv");
        var run = PostingImportRun.Queue(request.Source, name, format, request.FullFeed, request.CreateCompanies, text,
            request.UserId, request.ApiTokenId, time.GetUtcNow().UtcDateTime);
        db.PostingImportRuns.Add(run);
        await db.SaveChangesAsync(ct);
        if (runSmallNow && RowCount(text, format) <= options.Value.SyncImportRowLimit)
        {
            await importer.RunAsync(run.Id, ct);
            db.ChangeTracker.Clear();
            return await db.PostingImportRuns.AsNoTracking().FirstAsync(r => r.Id == run.Id, ct);
        }
        queue.Enqueue(run.Id);
        return run;
    }

    public Task<List<Api.RejectedRow>> RejectionsAsync(int runId, int max, CancellationToken ct) =>
        db.PostingImportRejections.AsNoTracking().Where(r => r.RunId == runId).OrderBy(r => r.RowNumber).Take(max)
            .Select(r => new Api.RejectedRow(r.RowNumber, r.ExternalId, r.Reason)).ToListAsync(ct);

    private static int RowCount(string text, ImportFormat format)
    {
        try
        {
            return Work24File.Read(text, format).Count;
        }
        catch (ImportFileException)
        {
            return 0; // unreadable: the importer fails it at once, with the reason
        }
    }

    private static string Decode(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(949).GetString(bytes);
        }
    }
}
