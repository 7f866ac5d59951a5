using Iljari.Core.Domain.Common;

namespace Iljari.Core.Domain.Board;

public enum NoticeKind { Jobs, HiringEvent, Program, SupportScheme, Policy }

/// <summary>
/// 정보공유 게시글: a notice a member organisation of the network (agency or company) posts to everyone, with the
/// target groups and 구 it concerns, so subscribers are told.
/// </summary>
public class Notice
{
    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public string AuthorUserId { get; private set; } = "";
    public NoticeKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public string Body { get; private set; } = "";
    /// <summary>Codes of <see cref="TargetGroups"/>; empty means everyone.</summary>
    public List<string> Groups { get; private set; } = [];
    /// <summary>구 codes of goyang-regions; empty means the whole city.</summary>
    public List<string> Districts { get; private set; } = [];
    public DateTime PublishedAt { get; private set; }

    private Notice() { }

    public static Notice Publish(int organisationId, string authorUserId, NoticeKind kind, string? title, string? body,
        IEnumerable<string> groups, IEnumerable<string> districts, IReadOnlySet<string> knownDistricts, DateTime nowUtc)
    {
        var errors = new List<FieldError>();
        var t = title?.Trim() ?? "";
        var b = body?.Trim() ?? "";
        if (t.Length == 0) errors.Add(new FieldError("Title", "제목을 입력해 주세요."));
        else if (t.Length > 150) errors.Add(new FieldError("Title", "제목은 150자 이내로 입력해 주세요."));
        if (b.Length == 0) errors.Add(new FieldError("Body", "내용을 입력해 주세요."));
        else if (b.Length > 10_000) errors.Add(new FieldError("Body", "내용은 10,000자 이내로 입력해 주세요."));
        // Form binding turns an empty checkbox value into null; such entries mean nothing.
        var g = groups.Where(x => !string.IsNullOrWhiteSpace(x)).Distinct().ToList();
        var d = districts.Where(x => !string.IsNullOrWhiteSpace(x)).Distinct().ToList();
        if (g.Any(x => !TargetGroups.All.ContainsKey(x))) errors.Add(new FieldError("Groups", "알 수 없는 대상 계층이 있습니다."));
        if (d.Any(x => !knownDistricts.Contains(x))) errors.Add(new FieldError("Districts", "알 수 없는 구가 있습니다."));
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        return new Notice { OrganisationId = organisationId, AuthorUserId = authorUserId, Kind = kind, Title = t, Body = b, Groups = g, Districts = d, PublishedAt = nowUtc };
    }

    /// <summary>Whether a subscription (empty lists = any) wants this notice.</summary>
    public bool Matches(NoticeSubscription s) =>
        (s.Kinds.Count == 0 || s.Kinds.Contains(Kind))
        && (s.Groups.Count == 0 || Groups.Count == 0 || s.Groups.Intersect(Groups).Any())
        && (s.Districts.Count == 0 || Districts.Count == 0 || s.Districts.Intersect(Districts).Any());
}

/// <summary>What a user wants to hear about from the board. Empty lists mean "all".</summary>
public class NoticeSubscription
{
    public int Id { get; set; }
    public string UserId { get; set; } = "";
    public List<NoticeKind> Kinds { get; set; } = [];
    public List<string> Groups { get; set; } = [];
    public List<string> Districts { get; set; } = [];
}

/// <summary>The city's target groups (대상 계층), used by the board, programs and the dashboard.</summary>
public static class TargetGroups
{
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        ["youth"] = "청년",
        ["middle"] = "중장년",
        ["senior"] = "노인",
        ["women"] = "경력단절여성",
        ["disabled"] = "장애인",
        ["lowincome"] = "저소득",
        ["veteran"] = "제대군인",
        ["vulnerable"] = "취약계층",
    };

    public static string Label(string code) => All.GetValueOrDefault(code, code);
}

public static class NoticeLabels
{
    public static string Label(this NoticeKind k) => k switch
    {
        NoticeKind.Jobs => "채용정보",
        NoticeKind.HiringEvent => "채용행사",
        NoticeKind.Program => "교육·프로그램",
        NoticeKind.SupportScheme => "지원사업",
        _ => "정책",
    };
}
