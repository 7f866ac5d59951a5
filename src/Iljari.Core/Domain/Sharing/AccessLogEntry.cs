namespace Iljari.Core.Domain.Sharing;

/// <summary>
/// 개인정보 접속기록: one row per view (or export) of a person's data by staff — account, time, source IP, subject (정보주체)
/// and action. Rows are only ever added, each chained to the one before by its hash; the city admin searches and exports them.
/// </summary>
public class AccessLogEntry
{
    public long Id { get; private set; }
    public DateTime At { get; private set; }
    public string UserId { get; private set; } = "";
    /// <summary>The account's login name at the time, so the row stays readable after the account changes.</summary>
    public string UserName { get; private set; } = "";
    public int? OrganisationId { get; private set; }
    public string? Ip { get; private set; }
    /// <summary>The seeker whose data was seen; null for an export of many subjects.</summary>
    public int? SubjectSeekerProfileId { get; private set; }
    public string Action { get; private set; } = "";
    /// <summary>Which items or page, e.g. "공유 열람: 기본 정보, 이력서".</summary>
    public string Detail { get; private set; } = "";
    /// <summary>Position in the hash chain, 1, 2, 3 … without gaps; unique, so two writers cannot both extend the same row.</summary>
    public long Sequence { get; private set; }
    /// <summary>SHA-256 over the previous row's hash and this row (see <see cref="AccessLogChain"/>).</summary>
    public string Hash { get; private set; } = "";

    private AccessLogEntry() { }

    /// <summary>Links the row after the one with <paramref name="previousHash"/>; done just before saving.</summary>
    public void Chain(long sequence, string previousHash) => (Sequence, Hash) = (sequence, AccessLogChain.Hash(previousHash, sequence, this));

    public AccessLogEntry(DateTime at, string userId, string userName, int? organisationId, string? ip, int? subject, string action, string detail) =>
        (At, UserId, UserName, OrganisationId, Ip, SubjectSeekerProfileId, Action, Detail) =
        (AccessLogChain.Truncate(at), userId, userName, organisationId, ip?.Length > 64 ? ip[..64] : ip, subject, action, detail.Length > 300 ? detail[..300] : detail);
}

/// <summary>The actions written to the access log.</summary>
public static class AccessActions
{
    public const string ClientView = "담당 구직자 열람";
    /// <summary>A counselor's change to a client's case: a note, a plan step, an appointment, the closing.</summary>
    public const string ClientChange = "담당 구직자 기록 변경";
    public const string SharedView = "공유 정보 열람";
    public const string ReferralView = "연계 요청 열람";
    public const string PaperFormDownload = "동의서 파일 열람";
    /// <summary>엑셀 내려받기 of any list page (the access log's own export included); the detail names page, filter and row count.</summary>
    public const string Export = "엑셀 내보내기";
    /// <summary>What access-log exports were called before every list export was logged; kept so old rows stay searchable.</summary>
    public const string AccessLogExport = "접속기록 내보내기";
    public const string EventRoster = "행사·프로그램 명단 열람";
    public const string IncentiveReview = "장려금 청구 열람";
    public const string IncentiveDocument = "장려금 서류 열람";
    /// <summary>취업성공장려금 이체 파일: full account numbers and holders of a payment batch.</summary>
    public const string IncentiveTransferFile = "장려금 이체 파일 내려받기";

    /// <summary>민감정보 (장애·소득·건강·보훈) decrypted for a page: by the case's counselor or the seeker.</summary>
    public const string SensitiveView = "민감정보 열람";
    public const string SensitiveChange = "민감정보 변경";
    /// <summary>The seeker's own data (정보주체의 열람 요구, 개인정보 보호법 제35조): the page or the JSON file.</summary>
    public const string OwnDataView = "본인 정보 열람";
    public const string OwnDataDownload = "본인 정보 내려받기";
    /// <summary>회원 탈퇴 by the seeker, or anonymisation of an inactive account by the retention command.</summary>
    public const string AccountDeletion = "회원 탈퇴(익명화)";
    public const string RetentionAnonymisation = "장기 미이용 익명화";

    public static readonly string[] All = [ClientView, ClientChange, SharedView, ReferralView, PaperFormDownload, Export, AccessLogExport, EventRoster, IncentiveReview, IncentiveDocument, IncentiveTransferFile,
        SensitiveView, SensitiveChange, OwnDataView, OwnDataDownload, AccountDeletion, RetentionAnonymisation];
}
