using Iljari.Core.Domain.Common;

namespace Iljari.Core.Domain.Enterprises;

/// <summary>매출 규모, reported once a year (the centre asks for a band, not the exact figure).</summary>
public enum RevenueBand { Under100M, From100MTo500M, From500MTo1B, Over1B }

/// <summary>An enterprise's revenue band for one year; a second entry for the same year replaces the first.</summary>
public class EnterpriseRevenue
{
    public int Id { get; private set; }
    public int EnterpriseId { get; private set; }
    public int Year { get; private set; }
    public RevenueBand Band { get; private set; }
    public string RecordedByUserId { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }

    private EnterpriseRevenue() { }

    public static EnterpriseRevenue Record(int enterpriseId, int? year, RevenueBand? band, int currentYear, string userId, DateTime nowUtc)
    {
        var errors = new List<FieldError>();
        if (year is not { } y || y < 2000 || y > currentYear) errors.Add(new("Year", $"연도는 2000년부터 {currentYear}년 사이로 입력해 주세요."));
        if (band is not { } b || !Enum.IsDefined(b)) errors.Add(new("Band", "매출 규모를 골라 주세요."));
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        return new EnterpriseRevenue { EnterpriseId = enterpriseId, Year = year!.Value, Band = band!.Value, RecordedByUserId = userId, RecordedAt = nowUtc };
    }

    public void Replace(RevenueBand band, string userId, DateTime nowUtc) => (Band, RecordedByUserId, RecordedAt) = (band, userId, nowUtc);
}

public static class RevenueBandLabels
{
    public static string Label(this RevenueBand b) => b switch
    {
        RevenueBand.Under100M => "1억 원 미만",
        RevenueBand.From100MTo500M => "1억~5억 원",
        RevenueBand.From500MTo1B => "5억~10억 원",
        _ => "10억 원 이상",
    };
}
