namespace Civic.Site.Render;

/// <summary>
/// The clock templates see. Output must not depend on when the build ran, so it is fixed: SOURCE_DATE_EPOCH
/// when set (the reproducible-builds convention), else the Unix epoch.
/// </summary>
public sealed class FixedTimeProvider : TimeProvider
{
    private readonly DateTimeOffset _now;

    public FixedTimeProvider(DateTimeOffset now) => _now = now;

    public static FixedTimeProvider FromEnvironment() =>
        new(long.TryParse(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : DateTimeOffset.UnixEpoch);

    public override DateTimeOffset GetUtcNow() => _now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
