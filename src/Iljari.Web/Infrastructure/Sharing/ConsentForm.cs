using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Sharing;

namespace Iljari.Web.Infrastructure.Sharing;

/// <summary>The consent fields, shared by the seeker's own form and the counselor's paper-form record.</summary>
public sealed class ConsentForm
{
    public string? Purpose { get; set; } = "취업 지원 서비스 연계";
    public List<int> AgencyIds { get; set; } = [];
    public List<SharedItems> Items { get; set; } = [SharedItems.Profile, SharedItems.Resume];
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidUntil { get; set; }

    public SharedItems ItemFlags => Items.Aggregate(SharedItems.None, (all, i) => all | i);

    /// <summary>Agencies a consent can name: every agency but the city office, which sees aggregates only.</summary>
    public static Task<List<Agency>> RecipientsAsync(AppDbContext db, CancellationToken ct) =>
        db.Agencies.AsNoTracking().Where(a => !a.IsCityOffice).OrderBy(a => a.Name).ToListAsync(ct);

    /// <summary>Drops ids that are not recipient agencies (the city office, unknown ids) before validation.</summary>
    public async Task KeepKnownAgenciesAsync(AppDbContext db, CancellationToken ct)
    {
        var known = (await RecipientsAsync(db, ct)).Select(a => a.Id).ToHashSet();
        AgencyIds = AgencyIds.Where(known.Contains).ToList();
    }

    public SharingConsent ToConsent(int seekerProfileId, ConsentMethod method, string? paperFile, string userId, DateOnly today, DateTime now) =>
        SharingConsent.Give(seekerProfileId, Purpose, AgencyIds, ItemFlags, ValidFrom ?? today, ValidUntil ?? today.AddMonths(6).AddDays(-1),
            method, paperFile, userId, today, now);
}
