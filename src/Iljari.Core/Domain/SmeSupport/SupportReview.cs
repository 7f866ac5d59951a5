using Iljari.Core.Domain.Common;

namespace Iljari.Core.Domain.SmeSupport;

/// <summary>심사위원 배정: a staff member (of the operating agency or the city) who scores a call's applications.</summary>
public class SupportReviewer
{
    public int Id { get; private set; }
    public int CallId { get; private set; }
    public string UserId { get; private set; } = "";
    public string AssignedByUserId { get; private set; } = "";
    public DateTime AssignedAt { get; private set; }

    private SupportReviewer() { }

    public static SupportReviewer Assign(int callId, string userId, string byUserId, DateTime nowUtc) =>
        new() { CallId = callId, UserId = userId, AssignedByUserId = byUserId, AssignedAt = nowUtc };
}

/// <summary>A reviewer's points for one criterion.</summary>
public sealed record CriterionScore(string Name, int Points);

/// <summary>
/// One reviewer's sheet for one application. The reviewer first declares 이해충돌 없음 (or a conflict, which takes them
/// out of this application for good), then scores each published criterion within its maximum.
/// </summary>
public class SupportReview
{
    public int Id { get; private set; }
    public int ApplicationId { get; private set; }
    public string ReviewerUserId { get; private set; } = "";
    public bool Conflict { get; private set; }
    public string? ConflictNote { get; private set; }
    public DateTime DeclaredAt { get; private set; }
    public List<CriterionScore> Scores { get; private set; } = [];
    public int? Total { get; private set; }
    public DateTime? ScoredAt { get; private set; }

    private SupportReview() { }

    public static SupportReview Declare(int applicationId, string reviewerUserId, bool conflict, string? note, DateTime nowUtc)
    {
        var text = note?.Trim();
        if (conflict && string.IsNullOrEmpty(text)) throw new ValidationFailedException([new FieldError("ConflictNote", "이해충돌 내용을 적어 주세요 (예: 대표와 친족 관계).")]);
        if (text?.Length > 300) throw new ValidationFailedException([new FieldError("ConflictNote", "이해충돌 내용은 300자 이내로 적어 주세요.")]);
        return new SupportReview
        {
            ApplicationId = applicationId, ReviewerUserId = reviewerUserId, Conflict = conflict, ConflictNote = conflict ? text : null, DeclaredAt = nowUtc,
        };
    }

    /// <summary>Scores every criterion of the call (a later call replaces the sheet while review is open).</summary>
    public void Score(IReadOnlyList<ScoringCriterion> criteria, IReadOnlyDictionary<string, int?> points, DateTime nowUtc)
    {
        if (Conflict) throw new DomainException("이해충돌을 신고한 신청은 심사할 수 없습니다.");
        var errors = new List<FieldError>();
        var scores = new List<CriterionScore>();
        foreach (var c in criteria)
        {
            var given = points.GetValueOrDefault(c.Name);
            if (given is not { } p || p < 0 || p > c.MaxPoints) errors.Add(new("Points", $"{c.Name}: 0~{c.MaxPoints}점 사이로 입력해 주세요."));
            else scores.Add(new CriterionScore(c.Name, p));
        }
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        (Scores, Total, ScoredAt) = (scores, scores.Sum(s => s.Points), nowUtc);
    }
}

/// <summary>An application's score: each reviewer's total and their average; conflicted and unscored sheets do not count.</summary>
public sealed record ScoreSummary(IReadOnlyList<int> Totals, decimal? Average, int Conflicts)
{
    public static ScoreSummary Of(IEnumerable<SupportReview> reviews)
    {
        var list = reviews.ToList();
        var totals = list.Where(r => !r.Conflict && r.Total is not null).Select(r => r.Total!.Value).ToList();
        return new ScoreSummary(totals, totals.Count == 0 ? null : Math.Round((decimal)totals.Sum() / totals.Count, 2, MidpointRounding.AwayFromZero),
            list.Count(r => r.Conflict));
    }

    public string AverageText => Average is { } a ? a.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "점" : "—";
}
