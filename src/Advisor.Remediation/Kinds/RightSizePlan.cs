using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Advisor.Core.Domain;

namespace Advisor.Remediation.Kinds;

/// <summary>
/// What a right-size-variant action changes, fixed when it is planned (the journal's RollbackJson): the endpoint and variant,
/// the config it runs now (what a rollback returns to) and the new config: the same variants with this one's instance type and
/// count changed, named <c>&lt;old-config&gt;-advisor-&lt;hash&gt;</c>.
/// </summary>
public sealed record RightSizePlan(
    string EndpointName, string VariantName, string OldConfigName, string OldInstanceType, int OldInstanceCount,
    string NewInstanceType, int NewInstanceCount, string NewConfigName)
{
    /// <summary>Why 63: SageMaker's limit on an endpoint config name.</summary>
    private const int MaxConfigName = 63;

    /// <summary>The plan for <paramref name="finding"/> (the rightsize analyzer's evidence: candidateType, candidateCount) on <paramref name="state"/>.</summary>
    public static RightSizePlan From(Finding finding, ResourceState state)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(state);
        var observations = finding.Evidence.Observations;
        var type = Text(observations, "candidateType");
        var countText = Text(observations, "candidateCount");
        if (type is null || countText is null || !int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
        {
            throw new FormatException("the finding's evidence names no target (observations candidateType and candidateCount)");
        }

        if (state.Details["InstanceType"] == type && state.Details["InstanceCount"] == count.ToString(CultureInfo.InvariantCulture))
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"the variant already runs {count} × {type}"));
        }

        var (endpoint, variant) = RightSizeVariantKind.Split(finding.Resource.Id);
        var oldConfig = state.Details["EndpointConfigName"];
        // Why 8 hex characters: they tell the changes of one config apart and leave most of the 63 characters to the old name.
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(oldConfig + "|" + variant + "|" + type + "|"
            + count.ToString(CultureInfo.InvariantCulture))))[..8];
        var suffix = "-advisor-" + hash;
        var newConfig = oldConfig[..Math.Min(oldConfig.Length, MaxConfigName - suffix.Length)] + suffix;
        return new RightSizePlan(endpoint, variant, oldConfig, state.Details["InstanceType"],
            int.Parse(state.Details["InstanceCount"], CultureInfo.InvariantCulture), type, count, newConfig);
    }

    public string ToJson() => JsonSerializer.Serialize(this);

    /// <summary>The plan in a journal entry's RollbackJson; throws <see cref="Execution.ActionFailedException"/> when it is missing or not one.</summary>
    public static RightSizePlan Parse(string? json, string resourceId) =>
        (json is null ? null : JsonSerializer.Deserialize<RightSizePlan>(json))
        ?? throw new Execution.ActionFailedException("the journal entry of " + resourceId + " holds no right-size plan");

    private static string? Text(IReadOnlyDictionary<string, object?> observations, string key) =>
        observations.TryGetValue(key, out var value) && value is not null
            ? Convert.ToString(value, CultureInfo.InvariantCulture) is { Length: > 0 } text ? text : null
            : null;
}
