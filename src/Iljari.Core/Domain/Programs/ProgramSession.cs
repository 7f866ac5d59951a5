using Iljari.Core.Domain.Common;

namespace Iljari.Core.Domain.Programs;

/// <summary>A session as staff enter it (Korean date and time).</summary>
public sealed class ProgramSessionFields
{
    public DateOnly? Date { get; set; }
    public TimeOnly? StartTime { get; set; } = new(10, 0);
    public TimeOnly? EndTime { get; set; } = new(12, 0);
    public string? Place { get; set; }
    public string? Instructor { get; set; }
}

/// <summary>
/// 회차: one meeting of a program — day, hours (Korean time), place and instructor. Attendance is taken per session, and
/// completion counts the sessions that have ended.
/// </summary>
public class ProgramSession
{
    public int Id { get; private set; }
    public int ProgramId { get; private set; }
    public DateOnly Date { get; private set; }
    public TimeOnly StartTime { get; private set; }
    public TimeOnly EndTime { get; private set; }
    public string Place { get; private set; } = "";
    public string Instructor { get; private set; } = "";

    private ProgramSession() { }

    public static ProgramSession Create(int programId, ProgramSessionFields f)
    {
        var session = new ProgramSession { ProgramId = programId };
        session.Edit(f);
        return session;
    }

    public void Edit(ProgramSessionFields f)
    {
        var errors = new List<FieldError>();
        var place = f.Place?.Trim() ?? "";
        var instructor = f.Instructor?.Trim() ?? "";
        if (f.Date is null) errors.Add(new("Date", "날짜를 입력해 주세요."));
        if (f.StartTime is null) errors.Add(new("StartTime", "시작 시각을 입력해 주세요."));
        if (f.EndTime is null) errors.Add(new("EndTime", "끝나는 시각을 입력해 주세요."));
        else if (f.StartTime is { } start && f.EndTime <= start) errors.Add(new("EndTime", "끝나는 시각은 시작 시각보다 늦어야 합니다."));
        if (place.Length == 0) errors.Add(new("Place", "장소를 입력해 주세요."));
        else if (place.Length > 200) errors.Add(new("Place", "장소는 200자 이내로 입력해 주세요."));
        if (instructor.Length > 100) errors.Add(new("Instructor", "강사 이름은 100자 이내로 입력해 주세요."));
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        (Date, StartTime, EndTime, Place, Instructor) = (f.Date!.Value, f.StartTime!.Value, f.EndTime!.Value, place, instructor);
    }

    public ProgramSessionFields ToFields() => new() { Date = Date, StartTime = StartTime, EndTime = EndTime, Place = Place, Instructor = Instructor };

    /// <summary>Korea has no daylight saving, so Korean wall time − 9 h is UTC.</summary>
    public DateTime EndsAtUtc => Date.ToDateTime(EndTime).AddHours(-9);

    /// <summary>Attendance may be taken from the session's day on (people check in before it starts), never ahead.</summary>
    public bool TakesAttendance(DateOnly todayKst) => Date <= todayKst;
}
