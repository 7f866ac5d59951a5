using System.Net;
using Iljari.Core.Domain.Counseling;
using Iljari.Web.Infrastructure;
using Iljari.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Iljari.Web.Tests;

/// <summary>The app configured the way an operator would to see everything: every category at Trace, all captured.</summary>
public sealed class LogCapturingApp : IljariApp
{
    public CapturingLoggerProvider Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var category in new[] { "Default", "Microsoft", "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore" })
            builder.UseSetting($"Logging:LogLevel:{category}", "Trace");
        builder.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
    }
}

/// <summary>
/// Structured logs without personal data: a seeker signs up (name, e-mail, password), fails and succeeds to log in,
/// saves a résumé with a phone number, applies, and a counselor opens the case; no log event of any level or category —
/// message, structured property, exception or scope — holds the seeker's name, phone, e-mail or password.
/// </summary>
public class LogPrivacyTests(LogCapturingApp app) : IClassFixture<LogCapturingApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Typical_flows_write_no_personal_data_to_the_logs()
    {
        const string name = "한결로그검사", email = "log.privacy.check@example.kr", password = "Secret-pass-4821", phone = "010-9182-7364";
        var seeker = app.Client();
        var signUp = await Forms.PostAsync(seeker, "/Account/Register", new()
        {
            ["Input.Email"] = email, ["Input.Name"] = name, ["Input.Password"] = password, ["Input.ConfirmPassword"] = password, ["Input.Consent"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, signUp.StatusCode);
        await Forms.PostAsync(seeker, "/Account/Logout", []);
        var wrong = app.Client();
        await Forms.PostAsync(wrong, "/Account/Login", new() { ["Email"] = email, ["Password"] = password + "x" });
        seeker = await app.SignedInAsync(email, password);

        var occupation = await app.WithDbAsync(db => db.SeekerProfiles.Where(p => p.DesiredOccupations.Count > 0).Select(p => p.DesiredOccupations).FirstAsync(Ct));
        var saved = await Forms.PostAsync(seeker, "/Seeker/EditProfile", new()
        {
            ["Input.Name"] = name, ["Input.Phone"] = phone, ["Input.BirthYear"] = "1991", ["Input.BirthMonth"] = "4",
            ["Input.DesiredOccupations[0]"] = occupation[0], ["Input.Introduction"] = $"{name}입니다. 연락처 {phone}, {email}", ["Input.Discoverable"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var posting = await app.OwnOpenPostingAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(seeker, $"/Jobs/Detail/{posting}?handler=Apply", new() { ["note"] = $"{name}, {phone}" }, $"/Jobs/Detail/{posting}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await seeker.GetAsync("/Seeker/Profile", Ct)).StatusCode);

        // The counselor's agency takes the case and opens it; the employer sees the application.
        var profileId = await app.SeekerProfileIdAsync(email);
        var counselorId = await app.UserIdAsync(DemoAccounts.Counselor);
        await app.WithDbAsync(async db =>
        {
            var agency = await db.Users.Where(u => u.Id == counselorId).Select(u => u.OrganisationId!.Value).FirstAsync(Ct);
            db.CaseAssignments.Add(new CaseAssignment { SeekerProfileId = profileId, AgencyId = agency, CounselorUserId = counselorId, RequestedAt = DateTime.UtcNow, AssignedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync(Ct);
        });
        var counselor = await app.SignedInAsync(DemoAccounts.Counselor);
        Assert.Contains(name, await counselor.GetStringAsync($"/Staff/Clients/Case/{profileId}", Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await counselor.GetAsync("/Staff/Clients", Ct)).StatusCode);
        var employer = await app.SignedInAsync(DemoAccounts.Employer);
        Assert.Equal(HttpStatusCode.OK, (await employer.GetAsync($"/Employer/Postings/Applicants/{posting}", Ct)).StatusCode);

        var events = app.Logs.Events.ToList();
        // The capture sees request-level events (paths included) and SQL, so a leak through a URL or a query would show here too.
        Assert.Contains(events, e => e.Text.Contains("/Seeker/EditProfile", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Level == LogLevel.Debug && e.Category.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Level == LogLevel.Trace);
        string[] secrets = [name, email, password, phone, phone.Replace("-", "", StringComparison.Ordinal), Uri.EscapeDataString(email), Uri.EscapeDataString(name)];
        var leaks = events.Where(e => secrets.Any(s => e.Text.Contains(s, StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.True(leaks.Count == 0, "Personal data in logs:\n" + string.Join("\n", leaks.Take(10).Select(e => $"[{e.Level}] {e.Category}: {e.Text[..Math.Min(e.Text.Length, 400)]}")));
    }
}
