using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Iljari.Web.Infrastructure.Events;

/// <summary>An RFC 5545 calendar file of timed entries (UTC), for seekers' and booths' timetables.</summary>
public static class IcsFile
{
    public sealed record Entry(string Uid, string Summary, string Location, DateTime StartUtc, DateTime EndUtc);

    public static byte[] Build(IEnumerable<Entry> entries)
    {
        var calendar = new Ical.Net.Calendar();
        foreach (var e in entries)
            calendar.Events.Add(new CalendarEvent
            {
                Uid = e.Uid, Summary = e.Summary, Location = e.Location,
                Start = new CalDateTime(e.StartUtc, "UTC"), End = new CalDateTime(e.EndUtc, "UTC"),
            });
        return System.Text.Encoding.UTF8.GetBytes(new CalendarSerializer().SerializeToString(calendar) ?? "");
    }

    public const string ContentType = "text/calendar; charset=utf-8";
}
