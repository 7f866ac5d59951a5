namespace Iljari.Core.Domain.Matching;

/// <summary>
/// 담당 배정: a seeker is a client of a counselor of an agency. The counselor may see the client's profile and
/// recommendations to prepare referrals (알선). Intake, case notes and closing reasons come with case management.
/// </summary>
public class CaseAssignment
{
    public int Id { get; set; }
    public int SeekerProfileId { get; set; }
    public int AgencyId { get; set; }
    public string CounselorUserId { get; set; } = "";
    public DateTime AssignedAt { get; set; }
    public DateTime? ClosedAt { get; set; }
}
