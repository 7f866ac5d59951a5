namespace Iljari.Core.Domain.Common;

/// <summary>
/// A daily job's claim on a day. The key (name, day) is the lock: when several app instances start the same job, the
/// one whose insert succeeds runs it and the others skip, so a reminder is never sent twice.
/// </summary>
public class JobRun
{
    public string Name { get; set; } = "";
    public DateOnly Day { get; set; }
    public string Instance { get; set; } = "";
    public DateTime StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
    public int Items { get; set; }
}
