using Iljari.Core.Domain.Common;

namespace Iljari.Core.Domain.Programs;

/// <summary>Applied (holds a place, awaiting staff) → Approved; Waitlisted when full; Cancelled (seeker or staff); Rejected.</summary>
public enum ProgramApplicationStatus { Applied, Approved, Waitlisted, Cancelled, Rejected }

/// <summary>
/// 프로그램 신청: an eligible seeker's application, with the eligibility reason at the time kept for the record. Applied
/// and Approved hold places up to capacity; the rest wait in order and move up when a place frees.
/// </summary>
public class ProgramApplication
{
    public int Id { get; private set; }
    public int ProgramId { get; private set; }
    public int SeekerProfileId { get; private set; }
    public ProgramApplicationStatus Status { get; private set; }
    public string EligibilityReason { get; private set; } = "";
    public DateTime AppliedAt { get; private set; }
    public DateTime? DecidedAt { get; private set; }

    private ProgramApplication() { }

    public static ProgramApplication Apply(JobProgram program, int seekerProfileId, EligibilityResult eligibility, bool full, DateOnly todayKst, DateTime nowUtc)
    {
        if (!program.AcceptsApplications(todayKst)) throw new DomainException("지금은 이 프로그램의 신청 기간이 아닙니다.");
        if (!eligibility.Eligible) throw new DomainException(eligibility.Reason);
        return new ProgramApplication
        {
            ProgramId = program.Id, SeekerProfileId = seekerProfileId, EligibilityReason = eligibility.Reason, AppliedAt = nowUtc,
            Status = full ? ProgramApplicationStatus.Waitlisted : ProgramApplicationStatus.Applied,
        };
    }

    public bool HoldsPlace => Status is ProgramApplicationStatus.Applied or ProgramApplicationStatus.Approved;

    public void Approve(DateTime nowUtc)
    {
        if (Status != ProgramApplicationStatus.Applied) throw new DomainException("자리가 있는 신청만 승인할 수 있습니다.");
        (Status, DecidedAt) = (ProgramApplicationStatus.Approved, nowUtc);
    }

    public void Cancel(DateTime nowUtc)
    {
        if (Status is ProgramApplicationStatus.Cancelled or ProgramApplicationStatus.Rejected) throw new DomainException("이미 취소되었거나 반려된 신청입니다.");
        (Status, DecidedAt) = (ProgramApplicationStatus.Cancelled, nowUtc);
    }

    /// <summary>A place freed: the first on the waitlist gets it (still to be approved by staff).</summary>
    public void Promote()
    {
        if (Status != ProgramApplicationStatus.Waitlisted) throw new DomainException("대기 중인 신청만 자리를 받을 수 있습니다.");
        Status = ProgramApplicationStatus.Applied;
    }
}

public static class ProgramApplicationLabels
{
    public static string Label(this ProgramApplicationStatus s) => s switch
    {
        ProgramApplicationStatus.Applied => "신청(승인 대기)",
        ProgramApplicationStatus.Approved => "참여 확정",
        ProgramApplicationStatus.Waitlisted => "대기",
        ProgramApplicationStatus.Cancelled => "취소",
        _ => "반려",
    };
}
