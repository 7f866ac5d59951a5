namespace Iljari.Scheduling;

/// <summary>
/// An interview staff fixed by hand (a promise made on the phone, an accessibility arrangement). Every schedule keeps it
/// as long as it is still valid: see <see cref="ScheduleStats.IgnoredLocks"/> for the ones that are not.
/// </summary>
public readonly record struct LockedInterview(int SeekerId, int BoothId, int StartMinute);
