using Iljari.Core.Domain.Common;

namespace Iljari.Core.Domain.Events;

public enum RegistrationStatus { Registered, Waitlisted, Cancelled }

/// <summary>When the seeker can be there: the timetable puts their interviews inside it.</summary>
public enum Attendance { AllDay, Morning, Afternoon }

/// <summary>
/// 참가 신청: a seeker's place at an event (or on its waitlist), with the booths they want to interview with, ranked.
/// A counselor may register a client. The check-in time is set on the day, by QR code or by staff.
/// </summary>
public class EventRegistration
{
    public int Id { get; private set; }
    public int EventId { get; private set; }
    public int SeekerProfileId { get; private set; }
    public RegistrationStatus Status { get; private set; }
    /// <summary>Booth ids, first choice first.</summary>
    public List<int> Choices { get; private set; } = [];
    public Attendance Attendance { get; private set; }
    public string RegisteredByUserId { get; private set; } = "";
    public bool WalkIn { get; private set; }
    public DateTime RegisteredAt { get; private set; }
    public DateTime? CheckedInAt { get; private set; }
    public DateTime? CancelledAt { get; private set; }

    private EventRegistration() { }

    public static EventRegistration Create(HiringEvent e, int seekerProfileId, IReadOnlyList<int> choices, ISet<int> approvedBooths,
        bool full, string byUserId, bool walkIn, DateTime nowUtc, Attendance attendance = Attendance.AllDay)
    {
        var registration = new EventRegistration
        {
            EventId = e.Id, SeekerProfileId = seekerProfileId, RegisteredByUserId = byUserId, WalkIn = walkIn, RegisteredAt = nowUtc,
            Status = full && !walkIn ? RegistrationStatus.Waitlisted : RegistrationStatus.Registered,
            CheckedInAt = walkIn ? nowUtc : null,
        };
        registration.Choose(e, choices, approvedBooths, attendance);
        return registration;
    }

    public void Choose(HiringEvent e, IReadOnlyList<int> choices, ISet<int> approvedBooths, Attendance attendance = Attendance.AllDay)
    {
        if (Status == RegistrationStatus.Cancelled) throw new DomainException("취소한 신청입니다.");
        var ranked = choices.Where(c => c > 0).Distinct().ToList();
        if (ranked.Count > e.MaxChoices) throw new ValidationFailedException([new("Choices", $"희망 기업은 {e.MaxChoices}곳까지 고를 수 있습니다.")]);
        if (ranked.Any(c => !approvedBooths.Contains(c))) throw new ValidationFailedException([new("Choices", "이 행사에 참여하지 않는 기업이 있습니다.")]);
        (Choices, Attendance) = (ranked, attendance);
    }

    /// <summary>Cancels the place; the caller promotes the first on the waitlist.</summary>
    public void Cancel(DateTime nowUtc)
    {
        if (Status == RegistrationStatus.Cancelled) throw new DomainException("이미 취소한 신청입니다.");
        if (CheckedInAt is not null) throw new DomainException("입장한 뒤에는 신청을 취소할 수 없습니다.");
        (Status, CancelledAt) = (RegistrationStatus.Cancelled, nowUtc);
    }

    public void Promote()
    {
        if (Status != RegistrationStatus.Waitlisted) throw new DomainException("대기 중인 신청만 확정할 수 있습니다.");
        Status = RegistrationStatus.Registered;
    }

    /// <summary>
    /// 현장 면접: staff fit a checked-in seeker into a booth on the day. The booth joins the choices (after the ranked
    /// ones, beyond the usual limit: on the day the free slot is the only limit) so a re-run still sees the seeker booked it.
    /// The seeker is there now, so they count as there all day: a 오전만 registrant's afternoon 현장 면접 stays valid.
    /// </summary>
    public void AddOnTheDayChoice(int boothId)
    {
        if (Status != RegistrationStatus.Registered || CheckedInAt is null) throw new DomainException("입장 확인한 참가자만 현장 면접을 잡을 수 있습니다.");
        if (!Choices.Contains(boothId)) Choices = [.. Choices, boothId];
        Attendance = Attendance.AllDay;
    }

    public void CheckIn(DateTime nowUtc)
    {
        if (Status != RegistrationStatus.Registered) throw new DomainException(Status == RegistrationStatus.Waitlisted ? "대기자는 자리가 확정된 뒤 입장할 수 있습니다." : "취소된 신청입니다.");
        CheckedInAt ??= nowUtc;
    }
}

public static class RegistrationLabels
{
    /// <summary>Morning ends and afternoon starts at 13:00 (Korean time), clamped to the event's hours.</summary>
    public static readonly TimeOnly Noon = new(13, 0);

    public static string Label(this Attendance a) => a switch
    {
        Attendance.Morning => "오전만 (13시 전)",
        Attendance.Afternoon => "오후만 (13시부터)",
        _ => "종일",
    };

    public static string Label(this RegistrationStatus s) => s switch
    {
        RegistrationStatus.Registered => "참가 확정",
        RegistrationStatus.Waitlisted => "대기",
        _ => "취소",
    };
}
