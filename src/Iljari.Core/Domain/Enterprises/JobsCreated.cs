namespace Iljari.Core.Domain.Enterprises;

/// <summary>One dated headcount of one enterprise, as the outcome queries read it.</summary>
public readonly record struct HeadcountPoint(int EnterpriseId, DateOnly AsOf, int Employees, int Vulnerable);

/// <summary>Net jobs created: all of them, and of them for people from vulnerable groups (취약계층).</summary>
public readonly record struct JobCount(int Total, int Vulnerable)
{
    public static JobCount operator +(JobCount a, JobCount b) => new(a.Total + b.Total, a.Vulnerable + b.Vulnerable);
}

/// <summary>
/// 일자리 창출 over a period, from dated headcounts. For each enterprise: the headcount at the end of the period minus
/// the headcount at its start, where "at a date" is the newest record on or before it. An enterprise registered during
/// the period starts from its registration headcount (its first record), so jobs it brought with it are not counted as
/// created; one registered after the period counts nothing. Net: a shrinking enterprise subtracts.
/// </summary>
public static class JobsCreated
{
    public static JobCount Between(IEnumerable<HeadcountPoint> points, DateOnly from, DateOnly to)
    {
        var total = new JobCount(0, 0);
        foreach (var enterprise in points.GroupBy(p => p.EnterpriseId))
        {
            var ordered = enterprise.OrderBy(p => p.AsOf).ToList();
            if (Latest(ordered, to) is not { } end) continue;
            var start = Latest(ordered, from) ?? ordered[0];
            total += new JobCount(end.Employees - start.Employees, end.Vulnerable - start.Vulnerable);
        }
        return total;
    }

    private static HeadcountPoint? Latest(List<HeadcountPoint> ordered, DateOnly onOrBefore)
    {
        var i = ordered.FindLastIndex(p => p.AsOf <= onOrBefore);
        return i < 0 ? null : ordered[i];
    }
}
