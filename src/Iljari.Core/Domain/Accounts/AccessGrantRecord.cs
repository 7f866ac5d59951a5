namespace Iljari.Core.Domain.Accounts;

/// <summary>
/// 접근권한 부여·변경·말소 기록 (개인정보의 안전성 확보조치 기준 제5조): who gave or took which right of a staff account,
/// when and why. Rows are only ever added (the database context refuses changes and deletions, and no page or command
/// removes them), so the 3-year retention holds; names are copied in, so a row stays readable after the account changes.
/// </summary>
public class AccessGrantRecord
{
    public long Id { get; private set; }
    public DateTime At { get; private set; }
    /// <summary>The admin who acted; null for an operator command or demo seeding (then <see cref="GrantedBy"/> says which).</summary>
    public string? GrantedByUserId { get; private set; }
    public string GrantedBy { get; private set; } = "";
    public string SubjectUserId { get; private set; } = "";
    /// <summary>The staff account's e-mail and name at the time.</summary>
    public string Subject { get; private set; } = "";
    public AccessGrantAction Action { get; private set; }
    /// <summary>The right given or taken, e.g. "상담사 · 고양시 일자리센터" or "상담사 → 기관 관리자".</summary>
    public string Right { get; private set; } = "";
    public string Reason { get; private set; } = "";

    private AccessGrantRecord() { }

    public AccessGrantRecord(DateTime at, string? grantedByUserId, string grantedBy, string subjectUserId, string subject,
        AccessGrantAction action, string right, string reason) =>
        (At, GrantedByUserId, GrantedBy, SubjectUserId, Subject, Action, Right, Reason) =
        (at, grantedByUserId, Cut(grantedBy, 256), subjectUserId, Cut(subject, 300), action, Cut(right, 200), Cut(reason.Trim(), 300));

    private static string Cut(string text, int max) => text.Length > max ? text[..max] : text;
}

/// <summary>What happened to a staff account's rights.</summary>
public enum AccessGrantAction
{
    AccountCreated,
    RoleChanged,
    AgencyChanged,
    Locked,
    Unlocked,
    TwoFactorReset,
    PasswordReset,
}

public static class AccessGrantActionLabels
{
    public static string Label(this AccessGrantAction a) => a switch
    {
        AccessGrantAction.AccountCreated => "계정 생성(권한 부여)",
        AccessGrantAction.RoleChanged => "역할 변경",
        AccessGrantAction.AgencyChanged => "소속 기관 변경",
        AccessGrantAction.Locked => "계정 잠금(사용 중지)",
        AccessGrantAction.Unlocked => "잠금 해제",
        AccessGrantAction.TwoFactorReset => "2단계 인증 초기화",
        _ => "비밀번호 초기화",
    };
}
