using Iljari.Core.Domain.Board;
using Iljari.Core.Domain.Common;

namespace Iljari.Core.Domain.Events;

public enum EventKind { JobFair, OnSiteInterview, Briefing, Outreach }

/// <summary>Draft → Published (calendar, board, registration) → SchedulePublished (timetables out) → Closed; Cancelled from any open state.</summary>
public enum EventStatus { Draft, Published, SchedulePublished, Closed, Cancelled }

/// <summary>The event fields as staff enter them; validated together so the form can show every message at once.</summary>
public sealed class HiringEventFields
{
    public EventKind Kind { get; set; } = EventKind.OnSiteInterview;
    public string? Title { get; set; }
    public string? Place { get; set; }
    public string? Description { get; set; }
    public DateOnly? Date { get; set; }
    public TimeOnly? StartTime { get; set; } = new(10, 0);
    public TimeOnly? EndTime { get; set; } = new(17, 0);
    public List<string> Groups { get; set; } = [];
    public int? Capacity { get; set; } = 100;
    /// <summary>How many booths a seeker may rank (N).</summary>
    public int? MaxChoices { get; set; } = 3;
    public DateOnly? RegistrationOpens { get; set; }
    public DateOnly? RegistrationCloses { get; set; }
}

/// <summary>
/// 채용행사: a job fair, on-site interview day, briefing or outreach session organised by an agency, with capacity, a
/// registration window and, for interviews, booths and a computed timetable.
/// </summary>
public class HiringEvent
{
    public const int MaxCapacity = 10_000;

    public int Id { get; private set; }
    public int AgencyId { get; private set; }
    public EventKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public string Place { get; private set; } = "";
    public string? Description { get; private set; }
    public DateOnly Date { get; private set; }
    public TimeOnly StartTime { get; private set; }
    public TimeOnly EndTime { get; private set; }
    public List<string> Groups { get; private set; } = [];
    public int Capacity { get; private set; }
    public int MaxChoices { get; private set; }
    public DateOnly RegistrationOpens { get; private set; }
    public DateOnly RegistrationCloses { get; private set; }
    public EventStatus Status { get; private set; }
    public int? NoticeId { get; private set; }
    public string CreatedByUserId { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime? SchedulePublishedAt { get; private set; }

    private HiringEvent() { }

    public static HiringEvent Draft(int agencyId, string userId, HiringEventFields f, DateOnly todayKst, DateTime nowUtc)
    {
        var e = new HiringEvent { AgencyId = agencyId, CreatedByUserId = userId, CreatedAt = nowUtc, Status = EventStatus.Draft };
        e.Edit(f, todayKst);
        return e;
    }

    public void Edit(HiringEventFields f, DateOnly todayKst)
    {
        if (Status is EventStatus.Closed or EventStatus.Cancelled) throw new DomainException("끝났거나 취소된 행사는 고칠 수 없습니다.");
        var errors = new List<FieldError>();
        var title = f.Title?.Trim() ?? "";
        var place = f.Place?.Trim() ?? "";
        if (title.Length == 0) errors.Add(new("Title", "행사명을 입력해 주세요."));
        else if (title.Length > 150) errors.Add(new("Title", "행사명은 150자 이내로 입력해 주세요."));
        if (place.Length == 0) errors.Add(new("Place", "장소를 입력해 주세요."));
        else if (place.Length > 200) errors.Add(new("Place", "장소는 200자 이내로 입력해 주세요."));
        if (f.Description?.Length > 5000) errors.Add(new("Description", "안내문은 5,000자 이내로 입력해 주세요."));
        if (f.Date is not { } date) errors.Add(new("Date", "행사일을 입력해 주세요."));
        else if (date < todayKst && Status == EventStatus.Draft) errors.Add(new("Date", "행사일은 오늘 이후여야 합니다."));
        if (f.StartTime is not { } start || f.EndTime is not { } end || end <= start) errors.Add(new("EndTime", "끝나는 시각은 시작 시각보다 늦어야 합니다."));
        if (f.Capacity is not (>= 1 and <= MaxCapacity)) errors.Add(new("Capacity", $"정원은 1명에서 {MaxCapacity:N0}명 사이로 입력해 주세요."));
        if (f.MaxChoices is not (>= 1 and <= 10)) errors.Add(new("MaxChoices", "희망 기업 수는 1~10개로 정해 주세요."));
        var opens = f.RegistrationOpens ?? todayKst;
        var closes = f.RegistrationCloses ?? (f.Date ?? todayKst).AddDays(-1);
        if (closes < opens) errors.Add(new("RegistrationCloses", "접수 마감일은 접수 시작일 이후여야 합니다."));
        else if (f.Date is { } d && closes > d) errors.Add(new("RegistrationCloses", "접수 마감일은 행사일 이전이어야 합니다."));
        if (f.Groups.Any(g => !TargetGroups.All.ContainsKey(g))) errors.Add(new("Groups", "알 수 없는 대상 계층이 있습니다."));
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        if (Status != EventStatus.Draft && f.Capacity < Capacity) throw new DomainException("게시한 행사의 정원은 줄일 수 없습니다. 취소 후 다시 만들어 주세요.");
        (Kind, Title, Place, Description) = (f.Kind, title, place, string.IsNullOrWhiteSpace(f.Description) ? null : f.Description.Trim());
        (Date, StartTime, EndTime, Capacity, MaxChoices) = (f.Date!.Value, f.StartTime!.Value, f.EndTime!.Value, f.Capacity!.Value, f.MaxChoices!.Value);
        (RegistrationOpens, RegistrationCloses, Groups) = (opens, closes, f.Groups.Distinct().ToList());
    }

    public HiringEventFields ToFields() => new()
    {
        Kind = Kind, Title = Title, Place = Place, Description = Description, Date = Date, StartTime = StartTime, EndTime = EndTime,
        Groups = [.. Groups], Capacity = Capacity, MaxChoices = MaxChoices, RegistrationOpens = RegistrationOpens, RegistrationCloses = RegistrationCloses,
    };

    public void Publish(int noticeId)
    {
        if (Status != EventStatus.Draft) throw new DomainException("작성 중인 행사만 게시할 수 있습니다.");
        (Status, NoticeId) = (EventStatus.Published, noticeId);
    }

    public void PublishSchedule(DateTime nowUtc)
    {
        if (Status is not (EventStatus.Published or EventStatus.SchedulePublished)) throw new DomainException("게시한 행사만 면접 일정을 공개할 수 있습니다.");
        (Status, SchedulePublishedAt) = (EventStatus.SchedulePublished, nowUtc);
    }

    public void Cancel()
    {
        if (Status is EventStatus.Closed or EventStatus.Cancelled) throw new DomainException("이미 끝났거나 취소된 행사입니다.");
        Status = EventStatus.Cancelled;
    }

    public bool IsOpen => Status is EventStatus.Published or EventStatus.SchedulePublished;

    /// <summary>Not yet begun: it can still be cancelled, and a booth can still withdraw.</summary>
    public bool NotStartedAt(DateTime nowUtc) => nowUtc < StartsAtUtc;

    /// <summary>
    /// The status as people read it on a given day: an open event whose day has passed is 종료 (the stored status stays,
    /// so outcomes and hires can still be recorded at the booth afterwards); on its day it is 오늘 진행.
    /// </summary>
    public string StatusOn(DateOnly todayKst) => IsOpen && Date < todayKst ? EventStatus.Closed.Label()
        : IsOpen && Date == todayKst ? "오늘 진행"
        : Status.Label();

    public bool AcceptsRegistrations(DateOnly todayKst) => IsOpen && RegistrationOpens <= todayKst && todayKst <= RegistrationCloses;

    /// <summary>Kinds with interviews at booths (the others are talks and outreach without a timetable).</summary>
    public bool HasInterviews => Kind is EventKind.JobFair or EventKind.OnSiteInterview;

    /// <summary>The event's start in UTC (dates and times are entered in Korean time).</summary>
    public DateTime StartsAtUtc => DateTime.SpecifyKind(Date.ToDateTime(StartTime).AddHours(-9), DateTimeKind.Utc);

    public int LengthMinutes => (int)(EndTime - StartTime).TotalMinutes;
}

public static class EventLabels
{
    public static string Label(this EventKind k) => k switch
    {
        EventKind.JobFair => "채용박람회",
        EventKind.OnSiteInterview => "현장면접",
        EventKind.Briefing => "채용설명회",
        _ => "찾아가는 취업지원",
    };

    public static string Label(this EventStatus s) => s switch
    {
        EventStatus.Draft => "작성 중",
        EventStatus.Published => "접수 중",
        EventStatus.SchedulePublished => "면접 일정 공개",
        EventStatus.Closed => "종료",
        _ => "취소",
    };
}
