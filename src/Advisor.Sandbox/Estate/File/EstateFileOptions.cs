using Advisor.Sandbox.Generation;

namespace Advisor.Sandbox.Estate.File;

/// <summary>Defaults for what an estate file may leave out: its clock, account and region.</summary>
public sealed record EstateFileOptions
{
    /// <summary>The estate's "now" when the file has no <c>now</c>; floored to the hour (UTC).</summary>
    public required DateTimeOffset Now { get; init; }

    /// <summary>Account when the file has no <c>account</c>.</summary>
    public string AccountId { get; init; } = GeneratorOptions.DefaultAccountId;

    /// <summary>Region when the file has no <c>region</c>.</summary>
    public string Region { get; init; } = "us-east-1";
}
