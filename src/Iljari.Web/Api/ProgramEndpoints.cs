using Iljari.Core.Domain.Board;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Partners;
using Iljari.Core.Domain.Programs;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.PartnerApi;

namespace Iljari.Web.Api;

/// <summary>
/// <c>/api/v1/programs</c>: the 맞춤형 취업지원 프로그램 catalogue for partner systems, with the <c>programs:read</c> scope.
/// Programs have no draft state: what staff save is on the public list, so the API shows the same.
/// </summary>
public static class ProgramEndpoints
{
    public static IEndpointRouteBuilder MapProgramEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/programs").WithTags("취업지원 프로그램 (Programs)").RequireScope(ApiScopes.ProgramsRead);
        group.MapGet("/", ListAsync)
            .WithName("ListPrograms")
            .WithSummary("취업지원 프로그램 목록")
            .WithDescription("Programs whose application period has not ended (all=true: every program), by closing date. Needs a partner token with programs:read.");
        group.MapGet("/{id:int}", GetAsync)
            .WithName("GetProgram")
            .WithSummary("취업지원 프로그램 상세")
            .WithDescription("One program with this year's eligibility rule and its sessions (date, time, place).");
        return app;
    }

    private static async Task<IResult> ListAsync(AppDbContext db, TimeProvider time, bool all = false, int page = 1, int pageSize = 50, CancellationToken ct = default)
    {
        if (ApiPaging.Check(page, pageSize) is { } invalid) return invalid;
        var today = KoreanFormat.TodayInKorea(time);
        var query = db.Programs.AsNoTracking().Where(p => all || p.ApplicationCloses >= today);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(p => p.ApplicationCloses).ThenBy(p => p.Id).Skip((page - 1) * pageSize).Take(pageSize)
            .Join(db.Agencies, p => p.AgencyId, a => a.Id, (p, a) => new { p, a.Name }).ToListAsync(ct);
        return TypedResults.Ok(new ApiPage<ProgramSummary>(total, page, pageSize, rows.Select(r => ProgramSummary.From(r.p, r.Name, today)).ToList()));
    }

    private static async Task<IResult> GetAsync(int id, AppDbContext db, TimeProvider time, CancellationToken ct)
    {
        var row = await db.Programs.AsNoTracking().Where(p => p.Id == id)
            .Join(db.Agencies, p => p.AgencyId, a => a.Id, (p, a) => new { p, a.Name }).FirstOrDefaultAsync(ct);
        if (row is null) return ProblemResults.NotFound("해당 프로그램이 없습니다.");
        var today = KoreanFormat.TodayInKorea(time);
        var sessions = await db.ProgramSessions.AsNoTracking().Where(s => s.ProgramId == id).OrderBy(s => s.Date).ThenBy(s => s.StartTime)
            .Select(s => new ProgramSessionDto(s.Date, s.StartTime, s.EndTime, s.Place)).ToListAsync(ct);
        var rule = Eligibility.RuleFor(row.p.Rules, today.Year);
        return TypedResults.Ok(new ProgramDetail(ProgramSummary.From(row.p, row.Name, today), row.p.Description, row.p.CompletionPercent,
            rule is null ? null : new EligibilityDto(rule.Year, rule.Audience, rule.MinAge, rule.MaxAge,
                rule.Groups.Select(g => new CodeName(g, TargetGroups.All.GetValueOrDefault(g, g))).ToList(), rule.GoyangResidentsOnly),
            sessions));
    }
}

public sealed record ProgramSummary(int Id, string Kind, string KindName, string Title, string Agency, int Capacity,
    DateOnly ApplicationOpens, DateOnly ApplicationCloses, bool AcceptsApplications, string Url)
{
    public static ProgramSummary From(JobProgram p, string agency, DateOnly today) => new(p.Id, p.Kind.ToString(), p.Kind.Label(), p.Title, agency,
        p.Capacity, p.ApplicationOpens, p.ApplicationCloses, p.AcceptsApplications(today), "/Programs");
}

public sealed record EligibilityDto(int Year, string Audience, int? MinAge, int? MaxAge, IReadOnlyList<CodeName> Groups, bool GoyangResidentsOnly);

public sealed record ProgramSessionDto(DateOnly Date, TimeOnly StartTime, TimeOnly EndTime, string Place);

public sealed record ProgramDetail(ProgramSummary Summary, string Description, int CompletionPercent, EligibilityDto? Eligibility,
    IReadOnlyList<ProgramSessionDto> Sessions);
