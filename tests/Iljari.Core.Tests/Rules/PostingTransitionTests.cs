using Iljari.Core.Domain.Codes;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Postings;

namespace Iljari.Core.Tests.Rules;

public class PostingTransitionTests
{
    private static readonly DateTime Now = new(2026, 11, 24, 1, 0, 0, DateTimeKind.Utc);

    internal static JobPostingFields ValidFields() => new()
    {
        Title = "일산 카페 바리스타 모집", OccupationCode = "532", RegionCode = "4128510400", SalaryType = SalaryType.Monthly,
        SalaryMin = 2_300_000, SalaryMax = 2_600_000, Description = "음료 제조와 매장 관리", CloseDate = new DateOnly(2026, 12, 24),
    };

    [Fact]
    public void A_draft_is_published_then_closed_reopened_and_filled()
    {
        var p = JobPosting.Draft(1, ValidFields(), Now);
        Assert.Equal(PostingStatus.Draft, p.Status);
        p.Apply(PostingAction.Publish, Now);
        Assert.Equal(PostingStatus.Open, p.Status);
        Assert.Equal(Now, p.PublishedAt);
        p.Apply(PostingAction.Close, Now);
        p.Apply(PostingAction.Reopen, Now);
        p.Apply(PostingAction.MarkFilled, Now);
        Assert.Equal(PostingStatus.Filled, p.Status);
    }

    public static TheoryData<PostingStatus, PostingAction> IllegalMoves()
    {
        var data = new TheoryData<PostingStatus, PostingAction>();
        foreach (var s in Enum.GetValues<PostingStatus>())
            foreach (var a in Enum.GetValues<PostingAction>())
                if (!JobPosting.Transitions.ContainsKey((s, a))) data.Add(s, a);
        return data;
    }

    [Theory]
    [MemberData(nameof(IllegalMoves))]
    public void Every_move_outside_the_table_is_refused_in_Korean(PostingStatus from, PostingAction action)
    {
        var p = InStatus(from);
        var e = Assert.Throws<DomainException>(() => p.Apply(action, Now));
        Assert.Contains(from.Label(), e.Message, StringComparison.Ordinal);
        Assert.Equal(from, p.Status);
    }

    [Fact]
    public void Reopening_after_the_close_date_is_refused()
    {
        var p = InStatus(PostingStatus.Closed);
        var e = Assert.Throws<DomainException>(() => p.Apply(PostingAction.Reopen, Now.AddDays(60)));
        Assert.Contains("마감일이 지났습니다", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Filled_postings_cannot_be_edited()
    {
        var p = InStatus(PostingStatus.Filled);
        Assert.Throws<DomainException>(() => p.Edit(ValidFields(), Now));
    }

    [Fact]
    public void Invalid_content_is_refused_with_one_message_per_field()
    {
        var bad = ValidFields() with { Title = "", SalaryMin = 9_000, SalaryType = SalaryType.Hourly, SalaryMax = 5_000, CloseDate = new DateOnly(2026, 1, 1), OccupationCode = "9" };
        var e = Assert.Throws<ValidationFailedException>(() => JobPosting.Draft(1, bad, Now));
        var fields = e.Errors.Select(x => x.Field).ToHashSet();
        Assert.Equal(["CloseDate", "OccupationCode", "SalaryMax", "SalaryMin", "Title"], fields.Order());
    }

    private static JobPosting InStatus(PostingStatus status)
    {
        var p = JobPosting.Draft(1, ValidFields(), Now);
        if (status == PostingStatus.Draft) return p;
        p.Apply(PostingAction.Publish, Now);
        if (status == PostingStatus.Closed) p.Apply(PostingAction.Close, Now);
        if (status == PostingStatus.Filled) p.Apply(PostingAction.MarkFilled, Now);
        return p;
    }
}
