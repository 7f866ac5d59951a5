using Iljari.Core.Domain.Common;

namespace Iljari.Core.Domain.Matching;

/// <summary>면접 제안 상태.</summary>
public enum ProposalStatus { Pending, Accepted, Declined, Withdrawn }

/// <summary>What a party can do to a proposal.</summary>
public enum ProposalAction { Accept, Decline, Withdraw }

/// <summary>
/// 면접 제안: an employer invites a recommended candidate to an interview for one posting. Until the seeker accepts,
/// the employer sees the candidate masked; accepting reveals name and contact to that company only.
/// </summary>
public class InterviewProposal
{
    /// <summary>The whole workflow: the seeker accepts or declines a pending proposal; the employer may withdraw it.</summary>
    public static readonly IReadOnlyDictionary<(ProposalStatus From, ProposalAction Action), ProposalStatus> Transitions =
        new Dictionary<(ProposalStatus, ProposalAction), ProposalStatus>
        {
            [(ProposalStatus.Pending, ProposalAction.Accept)] = ProposalStatus.Accepted,
            [(ProposalStatus.Pending, ProposalAction.Decline)] = ProposalStatus.Declined,
            [(ProposalStatus.Pending, ProposalAction.Withdraw)] = ProposalStatus.Withdrawn,
        };

    public int Id { get; private set; }
    public int JobPostingId { get; private set; }
    public int CompanyId { get; private set; }
    public int SeekerProfileId { get; private set; }
    public string ProposedByUserId { get; private set; } = "";
    public string Message { get; private set; } = "";
    public ProposalStatus Status { get; private set; }
    public DateTime ProposedAt { get; private set; }
    public DateTime? RespondedAt { get; private set; }

    private InterviewProposal() { }

    public static InterviewProposal Create(int postingId, int companyId, int seekerProfileId, string userId, string? message, DateTime nowUtc)
    {
        var text = (message ?? "").Trim();
        if (text.Length > 500) throw new ValidationFailedException([new FieldError("Message", "제안 메시지는 500자 이내로 입력해 주세요.")]);
        return new InterviewProposal
        {
            JobPostingId = postingId, CompanyId = companyId, SeekerProfileId = seekerProfileId, ProposedByUserId = userId,
            Message = text, Status = ProposalStatus.Pending, ProposedAt = nowUtc,
        };
    }

    public bool Can(ProposalAction action) => Transitions.ContainsKey((Status, action));

    public void Apply(ProposalAction action, DateTime nowUtc)
    {
        if (!Transitions.TryGetValue((Status, action), out var next))
            throw new DomainException($"'{Status.Label()}' 상태의 면접 제안은 {action.Label()}할 수 없습니다.");
        Status = next;
        RespondedAt = nowUtc;
    }
}

public static class ProposalLabels
{
    public static string Label(this ProposalStatus s) => s switch
    {
        ProposalStatus.Pending => "응답 대기",
        ProposalStatus.Accepted => "수락",
        ProposalStatus.Declined => "거절",
        _ => "철회",
    };

    public static string Label(this ProposalAction a) => a switch
    {
        ProposalAction.Accept => "수락",
        ProposalAction.Decline => "거절",
        _ => "철회",
    };
}
