using Iljari.Core.Domain.Board;
using Iljari.Core.Domain.Common;
using Iljari.Core.Domain.Events;
using Iljari.Core.Domain.Partners;
using Iljari.Web.Infrastructure;
using Iljari.Web.Infrastructure.PartnerApi;

namespace Iljari.Web.Api;

/// <summary>
/// <c>/api/v1/events</c>: published hiring events (채용행사) for partner systems, with the <c>events:read</c> scope.
/// Drafts and cancelled events do not exist here, as on the public calendar.
/// </summary>
public static class EventEndpoints
{
    private static readonly EventStatus[] Public = [EventStatus.Published, EventStatus.SchedulePublished, EventStatus.Closed];

    public static IEndpointRouteBuilder MapEventEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/events").WithTags("채용행사 (Events)").RequireScope(ApiScopes.EventsRead);
        group.MapGet("/", ListAsync)
            .WithName("ListEvents")
            .WithSummary("채용행사 목록")
            .WithDescription("Published events on or after `from` (default: 30 days ago), by date; filter by kind. Needs a partner token with events:read.");
        group.MapGet("/{id:int}", GetAsync)
            .WithName("GetEvent")
            .WithSummary("채용행사 상세")
            .WithDescription("One published event with its approved booths (company and posting ids).");
        return app;
    }

    private static async Task<IResult> ListAsync(AppDbContext db, TimeProvider time, DateOnly? from, EventKind? kind, int page = 1, int pageSize = 50, CancellationToken ct = default)
    {
        if (ApiPaging.Check(page, pageSize) is { } invalid) return invalid;
        var since = from ?? KoreanFormat.TodayInKorea(time).AddDays(-30);
        var query = db.HiringEvents.AsNoTracking().Where(e => Public.Contains(e.Status) && e.Date >= since);
        if (kind is { } k) query = query.Where(e => e.Kind == k);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(e => e.Date).ThenBy(e => e.StartTime).ThenBy(e => e.Id).Skip((page - 1) * pageSize).Take(pageSize)
            .Join(db.Agencies, e => e.AgencyId, a => a.Id, (e, a) => new { e, a.Name }).ToListAsync(ct);
        return TypedResults.Ok(new ApiPage<EventSummary>(total, page, pageSize, rows.Select(r => EventSummary.From(r.e, r.Name)).ToList()));
    }

    private static async Task<IResult> GetAsync(int id, AppDbContext db, CancellationToken ct)
    {
        var row = await db.HiringEvents.AsNoTracking().Where(e => e.Id == id && Public.Contains(e.Status))
            .Join(db.Agencies, e => e.AgencyId, a => a.Id, (e, a) => new { e, a.Name }).FirstOrDefaultAsync(ct);
        if (row is null) return ProblemResults.NotFound("해당 채용행사가 없습니다.");
        var booths = await db.EventBooths.AsNoTracking().Where(b => b.EventId == id && b.Status == BoothStatus.Approved)
            .Join(db.Companies, b => b.CompanyId, c => c.Id, (b, c) => new { c.Name, b.PostingIds }).ToListAsync(ct);
        return TypedResults.Ok(new EventDetail(EventSummary.From(row.e, row.Name), row.e.Description,
            booths.OrderBy(b => b.Name).Select(b => new EventBoothDto(b.Name, b.PostingIds)).ToList()));
    }
}

public sealed record ApiPage<T>(int Total, int Page, int PageSize, IReadOnlyList<T> Items);

public static class ApiPaging
{
    public const int MaxPageSize = 200;

    public static IResult? Check(int page, int pageSize) =>
        page < 1 || pageSize is < 1 or > MaxPageSize
            ? ProblemResults.Invalid(new Dictionary<string, string[]> { ["page"] = [$"page는 1 이상, pageSize는 1~{MaxPageSize} 사이여야 합니다."] })
            : null;
}

public sealed record EventSummary(int Id, string Kind, string KindName, string Title, string Agency, string Place, DateOnly Date,
    TimeOnly StartTime, TimeOnly EndTime, IReadOnlyList<CodeName> Groups, int Capacity, DateOnly RegistrationOpens, DateOnly RegistrationCloses,
    string Status, string Url)
{
    public static EventSummary From(HiringEvent e, string agency) => new(e.Id, e.Kind.ToString(), e.Kind.Label(), e.Title, agency, e.Place, e.Date,
        e.StartTime, e.EndTime, e.Groups.Select(g => new CodeName(g, TargetGroups.All.GetValueOrDefault(g, g))).ToList(), e.Capacity,
        e.RegistrationOpens, e.RegistrationCloses, e.Status.Label(), $"/Events/Detail/{e.Id}");
}

public sealed record EventBoothDto(string Company, IReadOnlyList<int> PostingIds);

public sealed record EventDetail(EventSummary Summary, string? Description, IReadOnlyList<EventBoothDto> Booths);
