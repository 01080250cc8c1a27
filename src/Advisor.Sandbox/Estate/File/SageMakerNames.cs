using System.Text.RegularExpressions;

namespace Advisor.Sandbox.Estate.File;

/// <summary>SageMaker's naming rule for endpoints, configs, variants and models.</summary>
internal static partial class SageMakerNames
{
    /// <summary>Why: SageMaker caps these names at 63 characters.</summary>
    public const int MaxLength = 63;

    /// <summary>True when <paramref name="name"/> matches <c>^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$</c>.</summary>
    public static bool IsValid(string name) => name.Length <= MaxLength && Pattern().IsMatch(name);

    public const string Rule = "must be 1-63 letters, digits and hyphens, starting and ending with a letter or digit";

    // Why: the pattern SageMaker documents for EndpointName / VariantName / EndpointConfigName.
    [GeneratedRegex("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
