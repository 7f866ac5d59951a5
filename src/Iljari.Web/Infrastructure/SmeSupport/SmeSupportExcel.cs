using Iljari.Core.Domain.SmeSupport;
using Iljari.Web.Infrastructure.Exports;

namespace Iljari.Web.Infrastructure.SmeSupport;

/// <summary>The staff lists of 기업 지원사업 as worksheets: amounts in 원 as numbers, dates as dates; the list pages show the same rows.</summary>
public static class SmeSupportExcel
{
    public static ExcelSheet Calls(IEnumerable<(SupportCall Call, int Applications)> rows) => ExcelSheet.Of("공고", rows,
        ("번호", r => r.Call.Id), ("종류", r => r.Call.Kind.Label()), ("공고명", r => r.Call.Title), ("상태", r => r.Call.Status.Label()),
        ("접수 시작일", r => r.Call.Opens), ("접수 마감일", r => r.Call.Closes), ("예산(원)", r => r.Call.Budget), ("선정 규모(건)", r => r.Call.Awards),
        ("신청(건)", r => r.Applications), ("선정(건)", r => r.Call.AwardedCount), ("지원 결정액(원)", r => r.Call.AwardedTotal), ("남은 예산(원)", r => r.Call.BudgetRemaining));

    public static ExcelSheet Applications(SupportCall call, IEnumerable<(SupportApplication Application, string Company, ScoreSummary? Score)> rows) => ExcelSheet.Of("신청", rows,
        ("신청 번호", r => r.Application.Id), ("기업", r => r.Company), ("신청일", r => r.Application.SubmittedAt), ("신청 금액(원)", r => r.Application.RequestedAmount),
        ("상태", r => r.Application.Status.Label()),
        ("심사위원 점수", r => r.Score is { Totals.Count: > 0 } s ? string.Join(", ", s.Totals.Select(t => $"{t}점")) : null),
        ("평균 점수", r => r.Score?.Average), ("만점", _ => call.MaxPoints), ("지원 금액(원)", r => r.Application.AwardedAmount), ("사유·메모", r => r.Application.DecisionNote));

    public static ExcelSheet Difficulties(IEnumerable<(Difficulty Difficulty, string Company)> rows, DateOnly today) => ExcelSheet.Of("애로사항", rows,
        ("번호", r => r.Difficulty.Id), ("기업", r => r.Company), ("분류", r => r.Difficulty.Category.Label()), ("제목", r => r.Difficulty.Title),
        ("담당 부서", r => r.Difficulty.Department), ("접수일", r => r.Difficulty.FiledAt), ("처리 기한", r => r.Difficulty.DueOn),
        ("상태", r => r.Difficulty.Status.Label()), ("기한 초과", r => r.Difficulty.IsOverdue(today) ? "예" : null), ("답변", r => r.Difficulty.Answer));

    /// <summary>A company's own difficulties as it reads them on its page: what it filed, who answers by when, and the answer.</summary>
    public static ExcelSheet CompanyDifficulties(IEnumerable<Difficulty> rows) => ExcelSheet.Of("애로사항", rows,
        ("번호", d => d.Id), ("분류", d => d.Category.Label()), ("제목", d => d.Title), ("내용", d => d.Description), ("접수일", d => d.FiledAt),
        ("담당 부서", d => d.Department), ("답변 기한", d => d.DueOn), ("상태", d => d.Status.Label()),
        ("이관 사유", d => d.Status == DifficultyStatus.Answered ? null : d.TransferReason), ("답변일", d => d.AnsweredAt), ("답변", d => d.Answer));
}
