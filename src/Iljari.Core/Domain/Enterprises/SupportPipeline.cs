namespace Iljari.Core.Domain.Enterprises;

/// <summary>
/// 사회적경제 5단계 지원: 교육 → 컨설팅 → 상용화 → 마케팅 → 네트워킹, the centre's programme since its 2014 조례
/// (seeds/000: "교육-컨설팅-상용화-마케팅-네트워킹으로 이어지는 5단계 사업"). Stored by name, so the order can be read in SQL.
/// </summary>
public enum SupportStage { Education, Consulting, Commercialisation, Marketing, Networking }

/// <summary>What staff do to an enterprise's stage.</summary>
public enum StageMove { Advance, StepBack }

/// <summary>The pipeline as a table: which move is allowed from which stage, and the rule for advancing.</summary>
public static class SupportPipeline
{
    public static readonly IReadOnlyList<SupportStage> Stages = Enum.GetValues<SupportStage>();

    /// <summary>One step forward or one step back; nothing past 네트워킹 or before 교육.</summary>
    public static readonly IReadOnlyDictionary<(SupportStage From, StageMove Move), SupportStage> Transitions = Build();

    private static Dictionary<(SupportStage, StageMove), SupportStage> Build()
    {
        var t = new Dictionary<(SupportStage, StageMove), SupportStage>();
        for (var i = 0; i < Stages.Count; i++)
        {
            if (i + 1 < Stages.Count) t[(Stages[i], StageMove.Advance)] = Stages[i + 1];
            if (i > 0) t[(Stages[i], StageMove.StepBack)] = Stages[i - 1];
        }
        return t;
    }

    /// <summary>
    /// Why the move is refused (Korean), or null when it is allowed. An enterprise leaves a stage only with a finished
    /// activity of that stage behind it (the centre reports what was done, not only where an enterprise stands);
    /// going back needs a reason, because it undoes a decision someone made.
    /// </summary>
    public static string? Refusal(SupportStage from, StageMove move, IEnumerable<(SupportStage Stage, ActivityStatus Status)> activities, string? note)
    {
        if (!Transitions.ContainsKey((from, move)))
            return move == StageMove.Advance ? $"{from.Label()}은(는) 마지막 단계입니다." : $"{from.Label()}은(는) 첫 단계입니다.";
        if (move == StageMove.StepBack && string.IsNullOrWhiteSpace(note)) return "이전 단계로 돌리는 사유를 입력해 주세요.";
        if (move == StageMove.Advance && !HasCompletedActivity(from, activities))
            return $"{from.Label()} 단계의 활동을 하나 이상 완료해야 다음 단계로 넘어갈 수 있습니다.";
        return null;
    }

    public static bool CanAdvance(SupportStage from, IEnumerable<(SupportStage Stage, ActivityStatus Status)> activities) =>
        Refusal(from, StageMove.Advance, activities, null) is null;

    public static bool HasCompletedActivity(SupportStage stage, IEnumerable<(SupportStage Stage, ActivityStatus Status)> activities) =>
        activities.Any(a => a.Stage == stage && a.Status == ActivityStatus.Completed);

    public static SupportStage? Next(SupportStage s) => Transitions.TryGetValue((s, StageMove.Advance), out var n) ? n : null;
}

public static class SupportStageLabels
{
    public static string Label(this SupportStage s) => s switch
    {
        SupportStage.Education => "교육",
        SupportStage.Consulting => "컨설팅",
        SupportStage.Commercialisation => "상용화",
        SupportStage.Marketing => "마케팅",
        _ => "네트워킹",
    };

    /// <summary>What the centre does in the stage, shown under the column heading and on the activity form.</summary>
    public static string Description(this SupportStage s) => s switch
    {
        SupportStage.Education => "사회적경제 아카데미·창업 교육 과정",
        SupportStage.Consulting => "경영·회계·인증 컨설팅",
        SupportStage.Commercialisation => "시제품·브랜드·판로 상용화 지원",
        SupportStage.Marketing => "박람회·공공구매 등록·온라인 판로",
        _ => "협의체·교류회·협업 네트워킹",
    };
}
