namespace Iljari.Core.Domain.Postings;

/// <summary>구인공고 상태: 작성중 → 게시중 → 마감 / 채용완료.</summary>
public enum PostingStatus { Draft, Open, Closed, Filled }

public static class PostingStatusLabels
{
    public static string Label(this PostingStatus s) => s switch
    {
        PostingStatus.Draft => "작성중",
        PostingStatus.Open => "게시중",
        PostingStatus.Closed => "마감",
        _ => "채용완료",
    };
}

/// <summary>What an employer can do to a posting's status.</summary>
public enum PostingAction { Publish, Close, Reopen, MarkFilled }

public static class PostingActionLabels
{
    public static string Label(this PostingAction a) => a switch
    {
        PostingAction.Publish => "게시",
        PostingAction.Close => "마감",
        PostingAction.Reopen => "다시 게시",
        _ => "채용완료 처리",
    };
}
