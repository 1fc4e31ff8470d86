namespace Civic.Templating.Tests.Builtins;

/// <summary>A clock stopped at one instant, in a fixed time zone, for date tests.</summary>
internal sealed class FixedClock : TimeProvider
{
    private readonly DateTimeOffset _now;
    private readonly TimeZoneInfo _zone;

    public FixedClock(DateTimeOffset now, TimeZoneInfo? zone = null)
    {
        _now = now;
        _zone = zone ?? TimeZoneInfo.Utc;
    }

    public override TimeZoneInfo LocalTimeZone => _zone;

    public override DateTimeOffset GetUtcNow() => _now.ToUniversalTime();
}
