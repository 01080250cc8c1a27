using System.Text;

namespace Advisor.Analyzers.Registration;

/// <summary>
/// The options-section convention: <c>Analyzers:</c> + the PascalCase form of the analyzer id, with AWS product
/// spellings kept (<c>sagemaker-endpoint-idle</c> → <c>Analyzers:SageMakerEndpointIdle</c>).
/// </summary>
public static class AnalyzerOptionsSection
{
    /// <summary>The parent section of every analyzer's options.</summary>
    public const string Prefix = "Analyzers";

    // Why: words whose product spelling is not plain capitalisation ("SageMaker", not "Sagemaker").
    private static readonly Dictionary<string, string> SpecialWords = new(StringComparer.Ordinal)
    {
        ["sagemaker"] = "SageMaker",
        ["ec2"] = "Ec2",
        ["gpu"] = "Gpu",
    };

    /// <summary>The section for an analyzer id, e.g. <c>Analyzers:SageMakerEndpointIdle</c>.</summary>
    public static string For(string analyzerId) => Prefix + ":" + PascalCase(analyzerId);

    /// <summary>The PascalCase form of a kebab-case id, e.g. <c>SageMakerEndpointIdle</c>.</summary>
    public static string PascalCase(string analyzerId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(analyzerId);
        var builder = new StringBuilder(analyzerId.Length);
        foreach (var word in analyzerId.Split('-'))
        {
            if (word.Length == 0 || !word.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)))
            {
                throw new ArgumentException(
                    $"Analyzer id '{analyzerId}' is not kebab-case (lower-case words of a-z and 0-9 joined by '-').", nameof(analyzerId));
            }

            builder.Append(SpecialWords.TryGetValue(word, out var special) ? special : char.ToUpperInvariant(word[0]) + word[1..]);
        }

        return builder.ToString();
    }
}
