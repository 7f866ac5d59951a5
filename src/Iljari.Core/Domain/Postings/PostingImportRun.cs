namespace Iljari.Core.Domain.Postings;

public enum ImportFormat { Csv, Json }

public enum ImportStatus { Queued, Running, Completed, Failed }

/// <summary>
/// One import of a Work24-style posting file (구인공고 가져오기): what was sent, by whom, and what became of each row.
/// The file waits in <see cref="Payload"/> until a worker has processed it, then is dropped; the counts and the
/// rejected rows stay as the record.
/// </summary>
public class PostingImportRun
{
    public int Id { get; private set; }
    /// <summary>The feed the postings come from (e.g. "work24"); external ids are unique within it.</summary>
    public string Source { get; private set; } = "";
    public string FileName { get; private set; } = "";
    public ImportFormat Format { get; private set; }
    /// <summary>전체 목록: postings of <see cref="Source"/> missing from the file are closed.</summary>
    public bool FullFeed { get; private set; }
    /// <summary>An unknown 사업자등록번호 creates the company instead of rejecting the row.</summary>
    public bool CreateCompanies { get; private set; }
    public ImportStatus Status { get; private set; }
    public string? Payload { get; private set; }
    public string? StartedByUserId { get; private set; }
    public int? ApiTokenId { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? StartedAt { get; private set; }
    public DateTime? FinishedAt { get; private set; }
    public int TotalRows { get; private set; }
    public int ProcessedRows { get; private set; }
    public int Created { get; private set; }
    public int Updated { get; private set; }
    public int Unchanged { get; private set; }
    public int Closed { get; private set; }
    public int Rejected { get; private set; }
    /// <summary>Why the whole run failed (unreadable file), in Korean.</summary>
    public string? Failure { get; private set; }

    private PostingImportRun() { }

    public static PostingImportRun Queue(string source, string fileName, ImportFormat format, bool fullFeed, bool createCompanies,
        string payload, string? userId, int? apiTokenId, DateTime nowUtc) => new()
        {
            Source = source, FileName = fileName, Format = format, FullFeed = fullFeed, CreateCompanies = createCompanies,
            Payload = payload, StartedByUserId = userId, ApiTokenId = apiTokenId, CreatedAt = nowUtc, Status = ImportStatus.Queued,
        };

    public void Start(int totalRows, DateTime nowUtc) => (Status, TotalRows, StartedAt) = (ImportStatus.Running, totalRows, nowUtc);

    public void Count(ImportOutcome outcome)
    {
        ProcessedRows++;
        switch (outcome)
        {
            case ImportOutcome.Created: Created++; break;
            case ImportOutcome.Updated: Updated++; break;
            case ImportOutcome.Unchanged: Unchanged++; break;
            default: Rejected++; break;
        }
    }

    public void Finish(int closed, DateTime nowUtc) =>
        (Closed, Status, FinishedAt, Payload) = (closed, ImportStatus.Completed, nowUtc, null);

    public void Fail(string reason, DateTime nowUtc) =>
        (Failure, Status, FinishedAt, Payload) = (reason, ImportStatus.Failed, nowUtc, null);

    public bool IsDone => Status is ImportStatus.Completed or ImportStatus.Failed;

    public int PercentDone => TotalRows == 0 ? (IsDone ? 100 : 0) : ProcessedRows * 100 / TotalRows;
}

public enum ImportOutcome { Created, Updated, Unchanged, Rejected }

/// <summary>A row the import refused: its row number in the file (header = row 1 for CSV; items from 1 for JSON) and why.</summary>
public class PostingImportRejection
{
    public long Id { get; private set; }
    public int RunId { get; private set; }
    public int RowNumber { get; private set; }
    public string? ExternalId { get; private set; }
    public string Reason { get; private set; } = "";

    private PostingImportRejection() { }

    public PostingImportRejection(int runId, int rowNumber, string? externalId, string reason) =>
        (RunId, RowNumber, ExternalId, Reason) = (runId, rowNumber, externalId?.Length > 64 ? externalId[..64] : externalId,
            reason.Length > 500 ? reason[..500] : reason);
}

public static class ImportLabels
{
    public static string Label(this ImportStatus s) => s switch
    {
        ImportStatus.Queued => "대기 중",
        ImportStatus.Running => "처리 중",
        ImportStatus.Completed => "완료",
        _ => "실패",
    };
}
