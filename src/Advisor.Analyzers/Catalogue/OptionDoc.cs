namespace Advisor.Analyzers.Catalogue;

/// <summary>
/// One analyzer option as the catalogue shows it: where it is set, its kind of value, its default and what it means.
/// </summary>
/// <param name="Key">The key below the options section, e.g. <c>InvocationThreshold</c> (nested options joined with <c>:</c>).</param>
/// <param name="TypeName">The kind of value in words, e.g. <c>integer</c>, <c>number</c>, <c>duration</c>.</param>
/// <param name="DefaultValue">The default as it would be written in configuration (invariant culture).</param>
/// <param name="Allowed">The range DataAnnotations enforce, e.g. <c>≥ 0</c>, or empty when unconstrained.</param>
/// <param name="Documentation">The option's XML <c>&lt;summary&gt;</c>, on one line, as Markdown.</param>
public sealed record OptionDoc(string Key, string TypeName, string DefaultValue, string Allowed, string Documentation);
