using Iljari.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Iljari.Web.Tests.Security;

/// <summary>
/// Row counts of the tables that forms write, read in one query. Tables the background jobs write on their own
/// (outbox, notifications, access log, job runs, reminders) are left out so a timer cannot look like a half-stored request.
/// </summary>
public sealed class RowCounts
{
    private static readonly string[] Entities =
    [
        "JobPosting", "Company", "SeekerProfile", "JobApplication", "Placement", "CaseAssignment", "CaseNote", "ActionPlanStep", "Appointment",
        "SharingConsent", "AgencyReferral", "Notice", "NoticeSubscription", "MessageThread", "Message", "HiringEvent", "EventBooth",
        "EventRegistration", "EventInterview", "JobProgram", "ProgramApplication", "ProgramSession", "ProgramAttendance", "ProgramFollowUp",
        "IncentiveScheme", "IncentiveClaim", "ClaimEvidence", "PaymentBatch", "LedgerEntry", "SocialEnterprise", "EnterpriseActivity",
        "EnterpriseHeadcount", "EnterpriseRevenue", "SupportCall", "SupportApplication", "SupportDocument", "SupportReview", "Difficulty",
        "Guarantee", "GuaranteeEntry", "InterestSupportRound", "InterestSupportApplication", "ApiToken", "KpiTarget", "InterviewProposal",
        "NotInterested", "AppUser", "Organisation",
    ];

    private readonly IljariApp _app;
    private readonly string _sql;

    private RowCounts(IljariApp app, IReadOnlyList<string> tables)
    {
        _app = app;
        Tables = tables;
        _sql = "SELECT " + string.Join(" || ',' || ", tables.Select(t => $"CAST((SELECT COUNT(*) FROM \"{t}\") AS TEXT)")) + " AS \"Value\"";
    }

    public IReadOnlyList<string> Tables { get; }

    public static async Task<RowCounts> LoadAsync(IljariApp app)
    {
        var tables = await app.WithDbAsync(db => Task.FromResult(db.Model.GetEntityTypes()
            .Where(t => Entities.Contains(t.ClrType.Name) && t.BaseType is null && t.GetTableName() is not null)
            .Select(t => t.GetTableName()!).Distinct().Order(StringComparer.Ordinal).ToList()));
        Assert.True(tables.Count >= Entities.Length - 2, $"only {tables.Count} of the key tables found: {string.Join(", ", tables)}");
        return new RowCounts(app, tables);
    }

    public Task<string> ReadAsync() => _app.WithDbAsync(db => db.Database.SqlQueryRaw<string>(_sql).SingleAsync());

    /// <summary>"Notices 12→13, Messages 4→5" for the tables whose count changed.</summary>
    public string Difference(string before, string after) => string.Join(", ", Tables.Zip(before.Split(','), after.Split(','))
        .Where(t => t.Second != t.Third).Select(t => $"{t.First} {t.Second}→{t.Third}"));
}
