using System.Globalization;

namespace Advisor.Sandbox.Generation;

/// <summary>
/// What the seeded estate generator builds: the seed, the number of endpoints, the estate's "now" and where it lives.
/// The same options always give a byte-identical estate.
/// </summary>
public sealed record GeneratorOptions
{
    /// <summary>Why: AWS documentation's placeholder account, also what recorded fixtures are scrubbed to.</summary>
    public const string DefaultAccountId = "123456789012";

    /// <summary>Why: 5,000 endpoints is far beyond any real account's quota (a few hundred) and keeps memory bounded.</summary>
    public const int MaxScale = 5000;

    /// <summary>Seed of the pseudo-random sequence (<c>new Random(Seed)</c>).</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Number of endpoints, 1..<see cref="MaxScale"/>.</summary>
    public int Scale { get; init; } = 40;

    /// <summary>The estate's "now"; floored to the hour (UTC). Metrics end at this hour, exclusive.</summary>
    public required DateTimeOffset Now { get; init; }

    /// <summary>Twelve-digit AWS account id.</summary>
    public string AccountId { get; init; } = DefaultAccountId;

    /// <summary>Region; it must have priced SageMaker rows in the bundled price table.</summary>
    public string Region { get; init; } = "us-east-1";

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first bad option.</summary>
    public void Validate()
    {
        if (Scale is < 1 or > MaxScale)
        {
            throw new ArgumentOutOfRangeException(
                nameof(Scale), Scale, string.Create(CultureInfo.InvariantCulture, $"Scale must be between 1 and {MaxScale} endpoints, got {Scale}."));
        }

        if (AccountId is null || AccountId.Length != 12 || !AccountId.All(char.IsAsciiDigit))
        {
            throw new ArgumentException($"AccountId must be 12 digits, got '{AccountId}'.", nameof(AccountId));
        }

        if (string.IsNullOrWhiteSpace(Region))
        {
            throw new ArgumentException("Region must not be empty.", nameof(Region));
        }

        if (Now == default)
        {
            throw new ArgumentException("Now must be set (the estate's clock).", nameof(Now));
        }
    }

    /// <summary>Floors a time to the hour, in UTC (the estate's clock always sits on an hour boundary).</summary>
    public static DateTimeOffset FloorToHour(DateTimeOffset time) =>
        new(time.UtcTicks - (time.UtcTicks % TimeSpan.TicksPerHour), TimeSpan.Zero);
}
