using Iljari.Core.Domain.Postings;
using Microsoft.EntityFrameworkCore;

namespace Iljari.Core.Dashboard;

/// <summary>
/// The labour market side: open postings at each month's end and how long postings stayed open. A posting is open from
/// the day it was published until the day it was closed or filled, or until its 마감일 has passed, whichever is first.
/// Postings belong to companies, not agencies, so these are city figures (a 구 filter uses the posting's region).
/// </summary>
public sealed partial class KpiService
{
    /// <summary>Published postings with their first day and the first day they were no longer open (Korean days).</summary>
    public IQueryable<PostingSpan> PostingSpans(DashboardFilter f)
    {
        // OpenedOn/EndedOn are the maintained Korean days (JobPosting.KeepSpan); a published posting is never a draft again.
        // Both are set together, so testing OpenedOn alone keeps each count inside one covering index.
        var postings = db.JobPostings.Where(p => p.OpenedOn != null);
        if (f.GuPrefix is { } gu) postings = postings.Where(p => p.RegionCode.StartsWith(gu));
        return postings.Select(p => new PostingSpan { Opened = p.OpenedOn!.Value, Ended = p.EndedOn!.Value });
    }

    /// <summary>
    /// Open on the last day of each month (today for this month). Opened ≤ day &lt; ended, and an end never comes before the
    /// opening, so the count is (opened by that day) − (ended by that day): two grouped counts, added up month by month.
    /// </summary>
    private async Task<Tally[]> OpenPostingsAsync(DashboardFilter f, CancellationToken ct)
    {
        var spans = PostingSpans(f);
        var from = f.From;
        var limit = f.To < Today ? f.To : Today;
        var opened = await spans.Where(s => s.Opened <= limit).GroupBy(s => s.Opened < from ? 0 : s.Opened.Month)
            .Select(g => new MonthTally(g.Key, g.Count(), 0)).ToListAsync(ct);
        var ended = await spans.Where(s => s.Ended <= limit).GroupBy(s => s.Ended < from ? 0 : s.Ended.Month)
            .Select(g => new MonthTally(g.Key, g.Count(), 0)).ToListAsync(ct);
        var months = new Tally[12];
        for (var m = 1; m <= 12; m++)
            months[m - 1] = new Tally(opened.Where(o => o.Month <= m).Sum(o => o.Num) - ended.Where(e => e.Month <= m).Sum(e => e.Num));
        return months;
    }

    private async Task<Tally[]> VacancyDaysAsync(DashboardFilter f, CancellationToken ct)
    {
        var (from, to) = (f.From, f.To.AddDays(1));
        var last = Today < to ? Today : to;
        return ByMonth(await PostingSpans(f).Where(s => s.Ended > from && s.Ended <= last)
            .Select(s => new { Month = s.Ended.AddDays(-1).Month, Days = s.Ended.DayNumber - s.Opened.DayNumber })
            .GroupBy(x => x.Month).Select(g => new MonthTally(g.Key, g.Sum(x => (long)x.Days), g.Count())).ToListAsync(ct), ratio: true);
    }
}

/// <summary>A posting's open span: from <see cref="Opened"/> (inclusive) to <see cref="Ended"/> (exclusive).</summary>
public sealed class PostingSpan
{
    public DateOnly Opened { get; init; }
    public DateOnly Ended { get; init; }
}
