using Iljari.Core.Domain.Common;

namespace Iljari.Core.Domain.Events;

public enum BoothStatus { Requested, Approved, Rejected, Withdrawn }

/// <summary>
/// 부스: an employer's place at an event, with the postings it recruits for there and its interview capacity — slot
/// length, interviewers in parallel, and breaks ("12:00-13:00", Korean time). Staff approve it before seekers can choose it.
/// </summary>
public class EventBooth
{
    public int Id { get; private set; }
    public int EventId { get; private set; }
    public int CompanyId { get; private set; }
    public List<int> PostingIds { get; private set; } = [];
    public int SlotMinutes { get; private set; }
    public int Interviewers { get; private set; }
    public List<string> Breaks { get; private set; } = [];
    public BoothStatus Status { get; private set; }
    public string? Note { get; private set; }
    public DateTime RequestedAt { get; private set; }
    public DateTime? DecidedAt { get; private set; }

    private EventBooth() { }

    public static EventBooth Request(HiringEvent e, int companyId, IReadOnlyCollection<int> postingIds, int? slotMinutes, int? interviewers,
        IEnumerable<string> breaks, string? note, DateTime nowUtc)
    {
        if (!e.IsOpen || !e.HasInterviews) throw new DomainException("부스를 신청할 수 있는 행사가 아닙니다.");
        var booth = new EventBooth { EventId = e.Id, CompanyId = companyId, Status = BoothStatus.Requested, RequestedAt = nowUtc };
        booth.Change(e, postingIds, slotMinutes, interviewers, breaks, note);
        return booth;
    }

    public void Change(HiringEvent e, IReadOnlyCollection<int> postingIds, int? slotMinutes, int? interviewers, IEnumerable<string> breaks, string? note)
    {
        if (Status is BoothStatus.Rejected or BoothStatus.Withdrawn) throw new DomainException("반려되었거나 철회한 부스는 고칠 수 없습니다.");
        if (e.Status == EventStatus.SchedulePublished) throw new DomainException("면접 일정이 공개된 뒤에는 부스 정보를 바꿀 수 없습니다. 주최 기관에 문의해 주세요.");
        var errors = new List<FieldError>();
        if (postingIds.Count == 0) errors.Add(new("PostingIds", "이 행사에서 채용할 공고를 하나 이상 골라 주세요."));
        if (slotMinutes is not (10 or 15 or 20 or 30 or 40 or 60)) errors.Add(new("SlotMinutes", "면접 시간은 10·15·20·30·40·60분 중에서 골라 주세요."));
        if (interviewers is not (>= 1 and <= 10)) errors.Add(new("Interviewers", "면접관 수는 1~10명으로 입력해 주세요."));
        var windows = new List<(TimeOnly Start, TimeOnly End)>();
        foreach (var b in breaks.Where(b => !string.IsNullOrWhiteSpace(b)))
        {
            if (ParseWindow(b) is { } w && w.Start >= e.StartTime && w.End <= e.EndTime) windows.Add(w);
            else errors.Add(new("Breaks", $"쉬는 시간 ‘{b.Trim()}’은(는) 행사 시간 안에서 ‘12:00-13:00’ 형식으로 입력해 주세요."));
        }
        if (note?.Trim().Length > 500) errors.Add(new("Note", "요청 사항은 500자 이내로 입력해 주세요."));
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        (PostingIds, SlotMinutes, Interviewers) = (postingIds.Distinct().ToList(), slotMinutes!.Value, interviewers!.Value);
        Breaks = windows.OrderBy(w => w.Start).Select(w => $"{w.Start:HH\\:mm}-{w.End:HH\\:mm}").ToList();
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    public void Decide(bool approve, DateTime nowUtc)
    {
        if (Status != BoothStatus.Requested) throw new DomainException("이미 처리된 부스 신청입니다.");
        (Status, DecidedAt) = (approve ? BoothStatus.Approved : BoothStatus.Rejected, nowUtc);
    }

    public void Withdraw()
    {
        if (Status is BoothStatus.Rejected or BoothStatus.Withdrawn) throw new DomainException("이미 반려되었거나 철회한 부스입니다.");
        Status = BoothStatus.Withdrawn;
    }

    /// <summary>Breaks as minutes from the event's start.</summary>
    public IEnumerable<(int Start, int End)> BreakMinutes(TimeOnly eventStart) =>
        Breaks.Select(ParseWindow).OfType<(TimeOnly Start, TimeOnly End)>()
            .Select(w => ((int)(w.Start - eventStart).TotalMinutes, (int)(w.End - eventStart).TotalMinutes));

    /// <summary>"12:00-13:00" (also "12:00~13:00") → the window, or null.</summary>
    public static (TimeOnly Start, TimeOnly End)? ParseWindow(string text)
    {
        var parts = text.Replace('~', '-').Split('-', StringSplitOptions.TrimEntries);
        return parts.Length == 2 && TimeOnly.TryParse(parts[0], out var s) && TimeOnly.TryParse(parts[1], out var t) && t > s ? (s, t) : null;
    }
}

public static class BoothLabels
{
    public static string Label(this BoothStatus s) => s switch
    {
        BoothStatus.Requested => "승인 대기",
        BoothStatus.Approved => "승인",
        BoothStatus.Rejected => "반려",
        _ => "철회",
    };
}
