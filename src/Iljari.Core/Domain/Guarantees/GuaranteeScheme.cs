using Iljari.Core.Domain.Common;

namespace Iljari.Core.Domain.Guarantees;

/// <summary>
/// 소상공인 특례보증: the city backs bank loans to small merchants up to a total supply limit over several years (the seeds:
/// 200억 원 over 5 years for about 1,150 firms). The limit counts every guarantee ever approved (공급 한도): repayment does
/// not free it. <see cref="LimitVersion"/> is a concurrency token bumped by every approval, so two approvals racing for
/// the last of the limit cannot both succeed.
/// </summary>
public class GuaranteeScheme
{
    public const int MaxTermMonths = 60;

    public int Id { get; private set; }
    /// <summary>The agency whose staff run it (소상공인지원센터); the city admin sees every scheme.</summary>
    public int AgencyId { get; private set; }
    public string Title { get; private set; } = "";
    public int FirstYear { get; private set; }
    public int LastYear { get; private set; }
    public long TotalLimit { get; private set; }
    public long MaxPerFirm { get; private set; }
    public long LimitVersion { get; private set; }
    public DateTime CreatedAt { get; private set; }

    private GuaranteeScheme() { }

    public static GuaranteeScheme Create(int agencyId, string? title, int firstYear, int years, long totalLimit, long maxPerFirm, DateTime nowUtc)
    {
        var errors = new List<FieldError>();
        var t = title?.Trim() ?? "";
        if (t.Length is 0 or > 100) errors.Add(new("Title", "사업명을 100자 이내로 입력해 주세요."));
        if (firstYear is < 2000 or > 2100) errors.Add(new("FirstYear", "사업 시작 연도를 확인해 주세요."));
        if (years is < 1 or > 10) errors.Add(new("Years", "사업 기간은 1~10년으로 입력해 주세요."));
        if (totalLimit is < 1_000_000 or > 1_000_000_000_000) errors.Add(new("TotalLimit", "총 보증 한도를 확인해 주세요."));
        if (maxPerFirm < 1_000_000 || maxPerFirm > totalLimit) errors.Add(new("MaxPerFirm", "업체당 한도는 100만 원 이상, 총 한도 이하로 입력해 주세요."));
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        return new GuaranteeScheme { AgencyId = agencyId, Title = t, FirstYear = firstYear, LastYear = firstYear + years - 1, TotalLimit = totalLimit, MaxPerFirm = maxPerFirm, CreatedAt = nowUtc };
    }

    public bool RunsIn(int year) => FirstYear <= year && year <= LastYear;

    internal void TouchLimit() => LimitVersion++;
}
