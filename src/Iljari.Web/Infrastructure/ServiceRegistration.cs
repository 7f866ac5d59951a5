using Microsoft.AspNetCore.DataProtection;
using Iljari.Core.Data;
using Iljari.Core.Search;
using Iljari.Web.Infrastructure.PartnerApi;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Iljari.Web.Infrastructure;

public static class ServiceRegistration
{
    /// <summary>Composition root: each area adds itself here in a line.</summary>
    public static WebApplicationBuilder AddIljariServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.AddIljariLogging();
        services.Configure<IljariOptions>(builder.Configuration.GetSection("Iljari"));
        services.AddSingleton(TimeProvider.System);
        // Write Korean as Korean in HTML, not as &#xAC00; entities (still HTML-encoded where it matters).
        services.AddSingleton(System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
        services.AddIljariDatabase(builder.Configuration);
        // First of the save interceptors: the change history commits its records before the others' after-save work runs.
        services.AddSingleton<Core.Data.ChangeHistory.IChangeAuthor, ChangeHistory.HttpChangeAuthor>();
        services.AddSingleton<IInterceptor, Core.Data.ChangeHistory.ChangeHistoryInterceptor>();
        services.AddIljariDataProtection(builder.Configuration);
        services.AddIljariIdentity();
        services.AddIljariPartnerApi(builder.Configuration);
        Security.SecuritySetup.AddIljariStaffSecurity(services, builder.Configuration);
        services.AddIljariImports();
        services.AddIljariSearch(builder.Configuration);
        services.AddIljariMatching();
        services.AddIljariSharing(builder.Configuration);
        Privacy.PrivacySetup.AddIljariPrivacy(services, builder.Configuration);
        Dashboard.DashboardAccess.AddIljariDashboard(services);
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Seeker", Policies.Seeker);
            o.Conventions.AuthorizeFolder("/Employer", Policies.Employer);
            o.Conventions.AuthorizeFolder("/Staff", Policies.Staff);
            o.Conventions.AuthorizeFolder("/Staff/Users", Policies.AgencyAdmin);
            o.Conventions.AuthorizeFolder("/Staff/Imports", Policies.AgencyAdmin);
            o.Conventions.AuthorizeFolder("/Admin", Policies.CityAdmin);
            o.Conventions.AuthorizeFolder("/Dashboard", Policies.AgencyAdmin);
            o.Conventions.AuthorizePage("/Account/ChangePassword");
            o.Conventions.AuthorizeFolder("/Messages");
            o.Conventions.AuthorizeFolder("/Notifications");
        }).AddMvcOptions(o =>
        {
            KoreanModelBinding.Apply(o.ModelBindingMessageProvider);
            o.Filters.Add<UnknownHandlerFilter>();
            o.ModelBinderProviders.Insert(0, new CheckboxBinderProvider());
        });
        Caching.CachingSetup.AddIljariCaching(services, builder.Environment);
        services.AddProblemDetails();
        services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "고양 일자리 통합지원시스템 API";
            doc.Info.Description = "Iljari API: job postings search (구인정보 검색), a seeker's recommendations and a posting's candidates (매칭); " +
                "for partner systems with a token (Authorization: Bearer ilj_…): events, programs, the posting feed and Work24-style posting import. See docs/api.md.";
            doc.Components ??= new Microsoft.OpenApi.OpenApiComponents();
            doc.Components.SecuritySchemes ??= new Dictionary<string, Microsoft.OpenApi.IOpenApiSecurityScheme>();
            doc.Components.SecuritySchemes["partnerToken"] = new Microsoft.OpenApi.OpenApiSecurityScheme
            {
                Type = Microsoft.OpenApi.SecuritySchemeType.Http, Scheme = "bearer",
                Description = "협력기관 토큰 (시 관리자가 발급). Scopes: postings:read, postings:write, events:read, programs:read, statistics:read.",
            };
            return Task.CompletedTask;
        }));
        services.AddScoped<Pages.Jobs.JobSearch>();
        // /health/live answers while the process runs; /health/ready also needs the database (load balancers route on it).
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);
        return builder;
    }

    /// <summary>
    /// Outside Development (or with <c>Iljari:Logging:Json=true</c>) the console writes one JSON object per event, with the
    /// message template's properties and scopes as fields, for a log shipper. Korean stays readable (not \uXXXX). What is
    /// logged never holds a person's name, phone, e-mail or password (tests/Iljari.Web.Tests/LogPrivacyTests.cs).
    /// </summary>
    private static void AddIljariLogging(this WebApplicationBuilder builder)
    {
        builder.Services.PostConfigure<LoggerFilterOptions>(LogPrivacy.CapMvcTrace);
        if (!(builder.Configuration.GetValue<bool?>("Iljari:Logging:Json") ?? !builder.Environment.IsDevelopment())) return;
        builder.Logging.AddJsonConsole(o =>
        {
            o.IncludeScopes = true;
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            o.JsonWriterOptions = new System.Text.Json.JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        });
    }

    /// <summary>
    /// Data Protection keys protect cookies, check-in tokens and (later) encrypted fields. They live outside the database,
    /// in <c>Iljari:KeysPath</c> when set (a shared volume for several instances; backed up with the database), under one
    /// application name so every instance reads the others' cookies. Unset, the framework's per-user folder is used.
    /// </summary>
    private static IServiceCollection AddIljariDataProtection(this IServiceCollection services, IConfiguration config)
    {
        var dp = services.AddDataProtection().SetApplicationName("Iljari");
        if (config["Iljari:KeysPath"] is { Length: > 0 } path)
            dp.PersistKeysToFileSystem(Directory.CreateDirectory(path));
        return services;
    }

    /// <summary>구인공고 가져오기: the importer, the upload entry point and the in-process worker.</summary>
    private static IServiceCollection AddIljariImports(this IServiceCollection services)
    {
        services.AddScoped<Core.Imports.PostingImporter>();
        services.AddScoped<Imports.ImportSubmission>();
        services.AddSingleton<Imports.ImportQueue>();
        services.AddHostedService<Imports.ImportWorker>();
        return services;
    }

    private static IServiceCollection AddIljariSearch(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton<IPostingSearch>(_ =>
        {
            var path = config["Iljari:SearchIndexPath"];
            return new LucenePostingIndex(string.IsNullOrWhiteSpace(path) ? null : path);
        });
        services.AddSingleton<IInterceptor, PostingIndexInterceptor>();
        return services;
    }

    private static IServiceCollection AddIljariMatching(this IServiceCollection services)
    {
        services.AddSingleton<IInterceptor, Matching.MatchingChangeInterceptor>();
        services.AddSingleton<Matching.MatchingService>();
        services.AddHostedService<Matching.MatchingRefresher>();
        services.AddScoped<Matching.RecommendationQueries>();
        services.AddScoped<Applications.ApplicationSubmission>();
        services.AddScoped<Events.EventRegistrations>();
        services.AddScoped<Events.EventOutcomes>();
        services.AddScoped<Events.OnTheDayInterviews>();
        services.AddScoped<Events.EventScheduling>();
        services.AddSingleton<Events.CheckInTokens>();
        services.AddScoped<Events.EventReport>();
        services.AddScoped<Programs.ProgramEnrolment>();
        services.AddScoped<Incentives.IncentiveProgress>();
        services.AddScoped<Incentives.IncentiveClaims>();
        services.AddScoped<Incentives.IncentiveLedger>();
        services.AddScoped<Incentives.IncentiveReminders>();
        services.AddScoped<Guarantees.GuaranteeDesk>();
        services.AddScoped<Guarantees.InterestSupportDesk>();
        services.AddScoped<Enterprises.SocialEconomyPipeline>();
        services.AddScoped<Enterprises.SocialEconomyOutcomes>();
        services.AddSingleton<DailyJobs>();
        services.AddHostedService<DailyJobService>();
        services.AddScoped<Programs.ProgramProgress>();
        services.AddScoped<Programs.AttendanceRegister>();
        services.AddScoped<Programs.ProgramFollowUps>();
        services.AddHostedService<Applications.ApplicationExpiryService>();
        services.AddScoped<SmeSupport.SupportApplications>();
        services.AddScoped<SmeSupport.DifficultyDesks>();
        services.AddScoped<ChangeHistory.ChangeHistoryReader>();
        return services;
    }

    /// <summary>정보공유: notifications and their outbox, the access log, consent-gated sharing.</summary>
    private static IServiceCollection AddIljariSharing(this IServiceCollection services, IConfiguration config)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<IInterceptor, Core.Notifications.WorkflowNotificationInterceptor>();
        // Interceptors run in registration order: the badge one must come after the one that adds notifications while saving.
        services.AddSingleton<IInterceptor, Notifications.BadgeCacheInterceptor>();
        services.Configure<Notifications.OutboxOptions>(config.GetSection("Iljari:Outbox"));
        services.AddSingleton<Notifications.OutboxTransport>();
        services.AddScoped<Notifications.OutboxDispatcher>();
        services.AddHostedService<Notifications.OutboxService>();
        services.AddScoped<Notifications.NotificationJobs>();
        services.AddHostedService<Notifications.NotificationJobService>();
        services.AddScoped<Sharing.AccessLogger>();
        services.Configure<Sharing.AccessAlertOptions>(config.GetSection("Iljari:AccessAlerts"));
        services.AddScoped<Sharing.AccessVolumeMonitor>();
        services.AddHostedService<Sharing.AccessVolumeMonitorService>();
        services.AddScoped<Exports.ExcelExport>();
        services.AddScoped<Notifications.NotificationBadge>();
        services.Configure<Notifications.BadgeOptions>(config.GetSection("Iljari:Notifications"));
        services.AddSingleton<Notifications.BadgeCache>();
        services.AddSingleton<UploadedFiles>();
        return services;
    }
}
