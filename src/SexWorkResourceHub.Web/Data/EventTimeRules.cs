namespace SexWorkResourceHub.Web.Data;

/// <summary>
/// Turns an organiser's local start and end into what the store keeps: UTC for timed events, a
/// floating date for all-day ones. Shared by the seed reader and the editors' form.
/// </summary>
public static class EventTimeRules
{
    public readonly record struct RuleError(string Field, string Message);

    public static (DateTime Start, DateTime? End)? FromLocal(
        DateTime start, DateTime? end, bool allDay, TimeZoneInfo zone, out RuleError? error)
    {
        error = null;
        if (allDay)
        {
            var first = DateTime.SpecifyKind(start.Date, DateTimeKind.Utc);
            var last = end is { } e ? DateTime.SpecifyKind(e.Date, DateTimeKind.Utc) : (DateTime?)null;
            if (last < first)
            {
                error = new RuleError("end", "the last day must not be before the first day");
                return null;
            }

            return (first, last);
        }

        if (zone.IsInvalidTime(start))
        {
            error = new RuleError("start", $"{start:yyyy-MM-dd HH:mm} does not exist in {zone.Id} (the clocks skip it)");
            return null;
        }

        var startUtc = TimeZoneInfo.ConvertTimeToUtc(start, zone);
        DateTime? endUtc = null;
        if (end is { } localEnd)
        {
            if (zone.IsInvalidTime(localEnd))
            {
                error = new RuleError("end", $"{localEnd:yyyy-MM-dd HH:mm} does not exist in {zone.Id} (the clocks skip it)");
                return null;
            }

            endUtc = TimeZoneInfo.ConvertTimeToUtc(localEnd, zone);
            if (endUtc <= startUtc)
            {
                error = new RuleError("end", "the end must be after the start");
                return null;
            }
        }

        return (startUtc, endUtc);
    }
}
