using Advisor.Sandbox.Estate;
using Advisor.Sandbox.Estate.File;
using Advisor.Sandbox.Generation;

namespace Advisor.Host.Cli;

/// <summary>Builds the estate a sandbox serves: from an estate file when given, else generated from seed and scale (with ground truth).</summary>
internal static class EstateSource
{
    public static (SandboxEstate Estate, GroundTruth? GroundTruth) Build(int seed, int scale, FileInfo? estateFile, TimeProvider clock)
    {
        var now = FloorToHour(clock.GetUtcNow());
        if (estateFile is not null)
        {
            return (EstateFile.Load(estateFile.FullName, new EstateFileOptions { Now = now }), null);
        }

        var generated = EstateGenerator.Generate(new GeneratorOptions { Seed = seed, Scale = scale, Now = now });
        return (generated.Estate, generated.GroundTruth);
    }

    private static DateTimeOffset FloorToHour(DateTimeOffset t)
    {
        var utc = t.ToUniversalTime();
        return new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero);
    }
}
