using Iljari.Core.Domain.Common;

namespace Iljari.Core.Domain.Programs;

/// <summary>출석 · 지각 · 결석 · 공결 (excused absence: recorded with its reason, but not attended).</summary>
public enum AttendanceStatus { Present, Late, Absent, Excused }

/// <summary>
/// 출석 기록: one participant's attendance at one session (one row per session and application), with who recorded it
/// and when; a correction overwrites it with the new recorder and time.
/// </summary>
public class ProgramAttendance
{
    public int Id { get; private set; }
    public int SessionId { get; private set; }
    public int ProgramApplicationId { get; private set; }
    public AttendanceStatus Status { get; private set; }
    public string RecordedByUserId { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }

    private ProgramAttendance() { }

    /// <summary>Only a confirmed participant (참여 확정) of the session's program, from the session's day on.</summary>
    public static ProgramAttendance Record(ProgramSession session, ProgramApplication application, AttendanceStatus status, string userId, DateOnly todayKst, DateTime nowUtc)
    {
        if (application.ProgramId != session.ProgramId) throw new DomainException("이 프로그램의 참여자가 아닙니다.");
        if (application.Status != ProgramApplicationStatus.Approved) throw new DomainException("참여가 확정된 신청자만 출석을 기록할 수 있습니다.");
        if (!session.TakesAttendance(todayKst)) throw new DomainException("아직 열리지 않은 회차입니다. 회차 당일부터 출석을 기록할 수 있습니다.");
        return new ProgramAttendance
        {
            SessionId = session.Id, ProgramApplicationId = application.Id, Status = status, RecordedByUserId = userId, RecordedAt = nowUtc,
        };
    }

    /// <summary>Returns whether anything changed, so an unchanged row keeps its original recorder.</summary>
    public bool Change(AttendanceStatus status, string userId, DateTime nowUtc)
    {
        if (status == Status) return false;
        (Status, RecordedByUserId, RecordedAt) = (status, userId, nowUtc);
        return true;
    }
}

public static class AttendanceLabels
{
    /// <summary>What counts towards completion: present or late. 공결 is recorded but, like 결석, not attended.</summary>
    public static bool CountsAsAttended(this AttendanceStatus s) => s is AttendanceStatus.Present or AttendanceStatus.Late;

    public static string Label(this AttendanceStatus s) => s switch
    {
        AttendanceStatus.Present => "출석",
        AttendanceStatus.Late => "지각",
        AttendanceStatus.Absent => "결석",
        _ => "공결",
    };
}
