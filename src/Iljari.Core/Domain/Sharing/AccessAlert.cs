using Iljari.Core.Domain.Common;

namespace Iljari.Core.Domain.Sharing;

/// <summary>
/// 접속기록 이상 징후: one account viewed more distinct people (정보주체) within an hour than the threshold allows. Raised by
/// the access-volume monitor from the access log, shown to the city admin until someone acknowledges it (who and when
/// are kept). While the account keeps going, the open alert's window and count grow instead of new alerts piling up.
/// </summary>
public class AccessAlert
{
    public int Id { get; private set; }
    public string UserId { get; private set; } = "";
    public string UserName { get; private set; } = "";
    public int? OrganisationId { get; private set; }
    public DateTime WindowStart { get; private set; }
    public DateTime WindowEnd { get; private set; }
    /// <summary>Distinct subjects viewed within one hour of the window (the highest count seen).</summary>
    public int DistinctSubjects { get; private set; }
    public int Threshold { get; private set; }
    public DateTime RaisedAt { get; private set; }
    public string? AcknowledgedByUserId { get; private set; }
    public string? AcknowledgedByName { get; private set; }
    public DateTime? AcknowledgedAt { get; private set; }

    private AccessAlert() { }

    public static AccessAlert Raise(string userId, string userName, int? organisationId, DateTime windowStart, DateTime windowEnd, int distinctSubjects, int threshold, DateTime nowUtc) =>
        new()
        {
            UserId = userId, UserName = userName, OrganisationId = organisationId, WindowStart = windowStart, WindowEnd = windowEnd,
            DistinctSubjects = distinctSubjects, Threshold = threshold, RaisedAt = nowUtc,
        };

    /// <summary>The same burst seen again in a later scan: the window reaches the newest view, the count keeps its peak.</summary>
    public void Extend(DateTime windowEnd, int distinctSubjects)
    {
        if (windowEnd > WindowEnd) WindowEnd = windowEnd;
        DistinctSubjects = Math.Max(DistinctSubjects, distinctSubjects);
    }

    public void Acknowledge(string userId, string userName, DateTime nowUtc)
    {
        if (AcknowledgedAt is not null) throw new DomainException("이미 확인한 알림입니다.");
        (AcknowledgedByUserId, AcknowledgedByName, AcknowledgedAt) = (userId, userName, nowUtc);
    }
}
