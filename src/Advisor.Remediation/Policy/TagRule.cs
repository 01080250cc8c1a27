namespace Advisor.Remediation.Policy;

/// <summary>A <c>key=value</c> tag condition from the policy (<c>OptInTag</c>, <c>ExclusionTag</c>).</summary>
public sealed record TagRule(string Key, string Value)
{
    /// <summary>Parses <c>key=value</c>; null for an empty text; throws naming the text when there is no '='.</summary>
    public static TagRule? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var at = text.IndexOf('=', StringComparison.Ordinal);
        return at <= 0
            ? throw new FormatException($"'{text}' is not a key=value tag.")
            : new TagRule(text[..at].Trim(), text[(at + 1)..].Trim());
    }

    public bool Matches(IReadOnlyDictionary<string, string> tags) =>
        tags.TryGetValue(Key, out var value) && string.Equals(value, Value, StringComparison.Ordinal);

    public override string ToString() => Key + "=" + Value;
}
