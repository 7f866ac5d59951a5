using Iljari.Core.Domain.Accounts;
using Iljari.Core.Domain.Applications;
using Iljari.Core.Domain.Board;
using Iljari.Core.Domain.Counseling;
using Iljari.Core.Domain.Events;
using Iljari.Core.Domain.Matching;
using Iljari.Core.Domain.Messages;
using Iljari.Core.Domain.Notifications;
using Iljari.Core.Domain.Postings;
using Iljari.Core.Domain.Programs;
using Iljari.Core.Domain.Seekers;
using Iljari.Core.Domain.Sharing;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Iljari.Core.Data;

/// <summary>
/// The one database of the modular monolith. Provider-specific subclasses (<see cref="SqliteAppDbContext"/>,
/// <see cref="PostgresAppDbContext"/>) exist only so each provider keeps its own migration set.
/// </summary>
public abstract partial class AppDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options)
{
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<Company> Companies => Set<Company>();
    public DbSet<SeekerProfile> SeekerProfiles => Set<SeekerProfile>();
    public DbSet<JobPosting> JobPostings => Set<JobPosting>();
    public DbSet<NotInterested> NotInterested => Set<NotInterested>();
    public DbSet<InterviewProposal> InterviewProposals => Set<InterviewProposal>();
    public DbSet<CaseAssignment> CaseAssignments => Set<CaseAssignment>();
    public DbSet<JobApplication> JobApplications => Set<JobApplication>();
    public DbSet<Placement> Placements => Set<Placement>();
    public DbSet<CaseNote> CaseNotes => Set<CaseNote>();
    public DbSet<ActionPlanStep> ActionPlanSteps => Set<ActionPlanStep>();
    public DbSet<Appointment> Appointments => Set<Appointment>();
    public DbSet<SharingConsent> SharingConsents => Set<SharingConsent>();
    public DbSet<AgencyReferral> AgencyReferrals => Set<AgencyReferral>();
    public DbSet<AccessLogEntry> AccessLog => Set<AccessLogEntry>();
    public DbSet<AccessAlert> AccessAlerts => Set<AccessAlert>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<NotificationPreference> NotificationPreferences => Set<NotificationPreference>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<Notice> Notices => Set<Notice>();
    public DbSet<NoticeSubscription> NoticeSubscriptions => Set<NoticeSubscription>();
    public DbSet<MessageThread> MessageThreads => Set<MessageThread>();
    public DbSet<Message> Messages => Set<Message>();
    public DbSet<HiringEvent> HiringEvents => Set<HiringEvent>();
    public DbSet<EventBooth> EventBooths => Set<EventBooth>();
    public DbSet<EventRegistration> EventRegistrations => Set<EventRegistration>();
    public DbSet<EventInterview> EventInterviews => Set<EventInterview>();
    public DbSet<JobProgram> Programs => Set<JobProgram>();
    public DbSet<ProgramApplication> ProgramApplications => Set<ProgramApplication>();

    /// <summary>
    /// The dashboard's maintained facts are part of the data, not of the app: every context keeps them, whoever builds it
    /// (the web app, a command, a test fixture, the bench).
    /// </summary>
    /// <summary>
    /// The dashboard's maintained facts must follow every save, whoever built the options (the app, a bench, a test).
    /// The app adds them in <see cref="DatabaseSetup.Configure"/> already: a pooled context may not change its options here.
    /// </summary>
    protected override void OnConfiguring(DbContextOptionsBuilder options)
    {
        var present = options.Options.FindExtension<Microsoft.EntityFrameworkCore.Infrastructure.CoreOptionsExtension>()?.Interceptors;
        if (present is null || !Dashboard.DashboardFacts.Interceptors.All(present.Contains))
            options.AddInterceptors(Dashboard.DashboardFacts.Interceptors);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);
