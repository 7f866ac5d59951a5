using Iljari.Web.Infrastructure;
using Iljari.Web.Tests.Infrastructure;

namespace Iljari.Web.Tests.Security;

/// <summary>
/// Real ids from the Tiny demo set (and <see cref="MatrixRecords"/> for what it lacks) for route parameters, each belonging to the FIRST organisation of its kind
/// (the demo employer's company, the demo counselor's agency, the demo seeker, or the agency that runs that desk),
/// so the "other organisation" columns ask for someone else's record.
/// </summary>
public sealed class RouteIds
{
    private readonly Dictionary<string, string> _byPage = new(StringComparer.Ordinal);

    /// <summary>The URL with every <c>{param}</c> replaced; unknown ids become 0 (a record that does not exist).</summary>
    public string Fill(string route)
    {
        var prefix = route.Split('{')[0].TrimEnd('/');
        return System.Text.RegularExpressions.Regex.Replace(route, @"\{\*{0,2}([A-Za-z]+)[^}]*\}", m =>
            _byPage.TryGetValue($"{prefix}:{m.Groups[1].Value}", out var v) ? v : _byPage.GetValueOrDefault(m.Groups[1].Value, "0"));
    }

    public static async Task<RouteIds> LoadAsync(IljariApp app, Visitors visitors)
    {
        var ids = new RouteIds();
        var seeded = await MatrixRecords.OnceAsync(app, visitors.TokenId);
        await app.WithDbAsync(async db =>
        {
            var agency = await db.Users.Where(u => u.Email == DemoAccounts.Counselor).Select(u => u.OrganisationId).FirstAsync();
            var merchant = await db.Agencies.Where(a => a.Code == "GOYANG-MERCHANT").Select(a => a.Id).FirstAsync();
            var company = await app.OwnCompanyIdAsync();
            var seeker = await app.SeekerProfileIdAsync(DemoAccounts.Seeker);
            var posting = await app.OwnOpenPostingAsync();
            var evt = await First(db.HiringEvents.Where(e => e.AgencyId == agency && db.EventBooths.Any(b => b.EventId == e.Id && b.CompanyId == company)).Select(e => e.Id))
                ?? await First(db.HiringEvents.Where(e => e.AgencyId == agency).Select(e => e.Id));
            var program = await First(db.Programs.Where(p => p.AgencyId == agency && db.ProgramSessions.Any(s => s.ProgramId == p.Id)).Select(p => p.Id))
                ?? await First(db.Programs.Where(p => p.AgencyId == agency).Select(p => p.Id));
            var enterprise = await First(db.SocialEnterprises.Where(e => db.EnterpriseActivities.Any(a => a.EnterpriseId == e.Id)).Select(e => e.Id));
            var call = await First(db.SupportCalls.Where(c => c.AgencyId == merchant).Select(c => c.Id));
            var page = new Dictionary<string, object?>
            {
                ["/Jobs/Detail:id"] = posting, ["/Employer/Postings/Edit:id"] = posting, ["/Employer/Postings/Applicants:id"] = posting,
                ["/Employer/Postings/Candidates:id"] = posting, ["/api/v1/postings:id"] = posting,
                ["/Employer/Events/Booth:id"] = evt, ["/Events/Detail:id"] = evt, ["/Events/Queue:id"] = evt, ["/api/v1/events:id"] = evt,
                ["/Staff/Events/Edit:id"] = evt, ["/Staff/Events/Manage:id"] = evt, ["/Staff/Events/CheckIn:id"] = evt, ["/Staff/Events/Report:id"] = evt,
                ["/Staff/Events/Schedule:id"] = await First(db.HiringEvents.Where(e => e.AgencyId == agency && (e.Kind == Core.Domain.Events.EventKind.JobFair || e.Kind == Core.Domain.Events.EventKind.OnSiteInterview)).Select(e => e.Id)) ?? evt,
                ["/Staff/Clients/Case:id"] = seeker, ["/Staff/Clients/Sharing:id"] = seeker, ["/Staff/Clients/Recommendations:id"] = seeker,
                ["/Staff/Clients/Sensitive:id"] = seeker,
                ["/Staff/Users/Manage:id"] = await db.Users.Where(u => u.Email == DemoAccounts.Counselor).Select(u => u.Id).FirstAsync(),
                ["/Staff/Incentives/Jobs:id"] = seeker, ["/Staff/Shared/Detail:id"] = seeded.SharedSeeker, ["/api/v1/seekers:id"] = seeker,
                ["/Staff/Incentives/Review:id"] = seeded.Claim,
                ["/Staff/Programs/Edit:id"] = program, ["/Staff/Programs/Rules:id"] = program, ["/Staff/Programs/FollowUps:id"] = program,
                ["/Staff/Programs/Sessions:id"] = program, ["/Staff/Programs/Manage:id"] = program, ["/api/v1/programs:id"] = program,
                ["/Staff/Programs/Attendance:id"] = await First(db.ProgramSessions.Where(s => s.ProgramId == program).Select(s => s.Id)),
                ["/Programs/Certificate:id"] = seeded.Certificate,
                ["/Staff/SocialEconomy/Detail:id"] = enterprise, ["/Staff/SocialEconomy/Edit:id"] = enterprise, ["/Staff/SocialEconomy/Figures:id"] = enterprise,
                ["/Staff/SocialEconomy/Activity:enterpriseId"] = enterprise,
                ["/Staff/SocialEconomy/Activity:activityId"] = await First(db.EnterpriseActivities.Where(a => a.EnterpriseId == enterprise).Select(a => a.Id)),
                ["/Staff/SmeSupport/Call:id"] = call, ["/Staff/SmeSupport/Edit:id"] = call, ["/Staff/SmeSupport/Score:id"] = call,
                ["/Support/Detail:id"] = call, ["/Employer/Support/Apply:id"] = call,
                ["/Staff/SmeSupport/Application:id"] = await First(db.SupportApplications.Where(a => a.CallId == call).Select(a => a.Id)),
                ["/Employer/Support/Application:id"] = await First(db.SupportApplications.Where(a => a.CompanyId == company).Select(a => a.Id)),
                ["/Staff/SmeSupport/Difficulty:id"] = await First(db.Difficulties.Select(d => d.Id)),
                ["/Staff/Finance/Guarantee:id"] = await First(db.Guarantees.Select(g => g.Id)),
                ["/Staff/Finance/Interest:id"] = await First(db.InterestSupportRounds.Select(r => r.Id)),
                ["/Staff/Imports/Run:id"] = seeded.ImportRun, ["/api/v1/postings/imports:id"] = seeded.ImportRun,
                ["/Admin/Incentives/Batch:id"] = seeded.Batch,
                ["/Admin/Incentives/Scheme:id"] = await First(db.IncentiveSchemes.Select(s => s.Id)),
                ["/Board/Detail:id"] = await First(db.Notices.Select(n => n.Id)),
                ["/Messages/Thread:id"] = seeded.Thread,
                ["dataset"] = "seekers-by-district", ["documentName"] = "v1",
            };
            foreach (var (key, value) in page) ids._byPage[key] = value?.ToString() ?? "0";
            return 0;
        });
        return ids;
    }

    private static async Task<int?> First(IQueryable<int> ids) => await ids.OrderBy(i => i).Select(i => (int?)i).FirstOrDefaultAsync();
}
