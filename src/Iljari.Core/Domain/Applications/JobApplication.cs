using Iljari.Core.Domain.Common;

namespace Iljari.Core.Domain.Applications;

/// <summary>
/// 지원 (또는 알선): one seeker for one posting, whatever the source. The workflow is the <see cref="Transitions"/>
/// table; every change is kept as an <see cref="ApplicationEvent"/> with who, when and why (the timeline).
/// </summary>
public class JobApplication
{
    /// <summary>The whole workflow. Employers review, interview, hire, reject and hold; the seeker cancels; a job expires.</summary>
    public static readonly IReadOnlyDictionary<(ApplicationStatus From, ApplicationAction Action), ApplicationStatus> Transitions = Build();

    /// <summary>Shown when another request moved the application between reading and saving (the status is a concurrency token).</summary>
    public const string ChangedMeanwhile = "그사이 다른 사용자가 이 지원을 먼저 처리했습니다. 현재 상태를 확인한 뒤 다시 시도해 주세요.";

    public int Id { get; private set; }
    public int JobPostingId { get; private set; }
    public int CompanyId { get; private set; }
    public int SeekerProfileId { get; private set; }
    public ApplicationSource Source { get; private set; }
    public ApplicationStatus Status { get; private set; }
    /// <summary>The seeker's message, or the counselor's referral note.</summary>
    public string? Note { get; private set; }
    public string CreatedByUserId { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    /// <summary>Last change; the expiry job counts 30 days of employer silence from here.</summary>
    public DateTime UpdatedAt { get; private set; }
    public DateTime? InterviewAt { get; private set; }
    public List<ApplicationEvent> Events { get; private set; } = [];

    private JobApplication() { }

    public static JobApplication Submit(int postingId, int companyId, int seekerProfileId, ApplicationSource source, string userId, string? note, DateTime nowUtc)
    {
        var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (text?.Length > 1000) throw new ValidationFailedException([new FieldError("Note", "메시지는 1,000자 이내로 입력해 주세요.")]);
        var application = new JobApplication
        {
            JobPostingId = postingId, CompanyId = companyId, SeekerProfileId = seekerProfileId, Source = source, Note = text,
            Status = ApplicationStatus.Received, CreatedByUserId = userId, CreatedAt = nowUtc, UpdatedAt = nowUtc,
        };
        application.Events.Add(new ApplicationEvent(null, ApplicationStatus.Received, source.Label(), userId, nowUtc));
        return application;
    }

    public bool Can(ApplicationAction action) => Transitions.ContainsKey((Status, action));

    public IEnumerable<ApplicationAction> AvailableActions => Enum.GetValues<ApplicationAction>().Where(Can);

    /// <summary>Moves the application on, or refuses with a Korean message; <paramref name="reason"/> goes into the timeline.</summary>
    public void Apply(ApplicationAction action, string userId, string? reason, DateTime nowUtc, DateTime? interviewAt = null)
    {
        if (!Transitions.TryGetValue((Status, action), out var next))
            throw new DomainException($"'{Status.Label()}' 상태의 지원은 {action.Label()}할 수 없습니다.");
        if (action == ApplicationAction.Reject && string.IsNullOrWhiteSpace(reason))
            throw new DomainException("불합격 사유를 골라 주세요.");
        if (action == ApplicationAction.Interview) InterviewAt = interviewAt;
        Events.Add(new ApplicationEvent(Status, next, string.IsNullOrWhiteSpace(reason) ? action.Label() : reason.Trim(), userId, nowUtc));
        Status = next;
        UpdatedAt = nowUtc;
    }

    private static Dictionary<(ApplicationStatus, ApplicationAction), ApplicationStatus> Build()
    {
        var t = new Dictionary<(ApplicationStatus, ApplicationAction), ApplicationStatus>
        {
            [(ApplicationStatus.Received, ApplicationAction.Review)] = ApplicationStatus.Reviewing,
            [(ApplicationStatus.OnHold, ApplicationAction.Review)] = ApplicationStatus.Reviewing,
            [(ApplicationStatus.Received, ApplicationAction.Interview)] = ApplicationStatus.Interview,
            [(ApplicationStatus.Reviewing, ApplicationAction.Interview)] = ApplicationStatus.Interview,
            [(ApplicationStatus.OnHold, ApplicationAction.Interview)] = ApplicationStatus.Interview,
            [(ApplicationStatus.Interview, ApplicationAction.Hire)] = ApplicationStatus.Hired,
            [(ApplicationStatus.Received, ApplicationAction.Hold)] = ApplicationStatus.OnHold,
            [(ApplicationStatus.Reviewing, ApplicationAction.Hold)] = ApplicationStatus.OnHold,
            [(ApplicationStatus.Interview, ApplicationAction.Hold)] = ApplicationStatus.OnHold,
            [(ApplicationStatus.Received, ApplicationAction.Expire)] = ApplicationStatus.Expired,
            [(ApplicationStatus.Reviewing, ApplicationAction.Expire)] = ApplicationStatus.Expired,
            [(ApplicationStatus.OnHold, ApplicationAction.Expire)] = ApplicationStatus.Expired,
        };
        // Any open application can be refused by the employer or withdrawn by the seeker.
        foreach (var s in Enum.GetValues<ApplicationStatus>().Where(ApplicationLabels.IsLive))
        {
            t[(s, ApplicationAction.Reject)] = ApplicationStatus.Rejected;
            t[(s, ApplicationAction.Cancel)] = ApplicationStatus.Cancelled;
        }
        return t;
    }
}

/// <summary>One line of an application's timeline.</summary>
public class ApplicationEvent
{
    public int Id { get; private set; }
    public int JobApplicationId { get; private set; }
    public ApplicationStatus? From { get; private set; }
    public ApplicationStatus To { get; private set; }
    public string Reason { get; private set; } = "";
    public string ByUserId { get; private set; } = "";
    public DateTime At { get; private set; }

    private ApplicationEvent() { }

    public ApplicationEvent(ApplicationStatus? from, ApplicationStatus to, string reason, string byUserId, DateTime at) =>
        (From, To, Reason, ByUserId, At) = (from, to, reason.Length > 200 ? reason[..200] : reason, byUserId, at);
}
