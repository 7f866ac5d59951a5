using Iljari.Core.Domain.Common;

namespace Iljari.Core.Domain.Counseling;

public enum AppointmentStatus { Scheduled, Done, Cancelled }

/// <summary>상담 일정 / 후속 조치: a date with the client. Both sides get a reminder the day before.</summary>
public class Appointment
{
    /// <summary>How long before the appointment the reminder goes out.</summary>
    public static readonly TimeSpan ReminderLead = TimeSpan.FromHours(24);

    public int Id { get; private set; }
    public int CaseAssignmentId { get; private set; }
    public int SeekerProfileId { get; private set; }
    public string CounselorUserId { get; private set; } = "";
    public DateTime At { get; private set; }
    public string Purpose { get; private set; } = "";
    public string? Place { get; private set; }
    public AppointmentStatus Status { get; private set; }
    public DateTime? ReminderSentAt { get; private set; }
    public DateTime CreatedAt { get; private set; }

    private Appointment() { }

    public static Appointment Schedule(CaseAssignment c, string counselorUserId, DateTime atUtc, string? purpose, string? place, DateTime nowUtc)
    {
        var errors = new List<FieldError>();
        var p = purpose?.Trim() ?? "";
        if (atUtc <= nowUtc) errors.Add(new FieldError("At", "일정은 지금 이후로 정해 주세요."));
        if (p.Length == 0) errors.Add(new FieldError("Purpose", "상담 목적을 입력해 주세요."));
        else if (p.Length > 200) errors.Add(new FieldError("Purpose", "상담 목적은 200자 이내로 입력해 주세요."));
        if (place?.Trim().Length > 100) errors.Add(new FieldError("Place", "장소는 100자 이내로 입력해 주세요."));
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        if (!c.IsOpen) throw new DomainException("종결된 상담에는 일정을 잡을 수 없습니다.");
        return new Appointment
        {
            CaseAssignmentId = c.Id, SeekerProfileId = c.SeekerProfileId, CounselorUserId = counselorUserId, At = atUtc, Purpose = p,
            Place = string.IsNullOrWhiteSpace(place) ? null : place.Trim(), Status = AppointmentStatus.Scheduled, CreatedAt = nowUtc,
        };
    }

    public void Mark(AppointmentStatus status)
    {
        if (Status != AppointmentStatus.Scheduled) throw new DomainException("이미 처리된 일정입니다.");
        Status = status;
    }

    public void ReminderSent(DateTime nowUtc) => ReminderSentAt ??= nowUtc;
}
