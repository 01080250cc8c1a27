using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Advisor.Analyzers.Registration;
using Advisor.Core.Analysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Advisor.Analyzers.Tests.Conformance;

/// <summary>Every registered analyzer follows the naming, descriptor, IAM, options and test conventions.</summary>
public sealed partial class AnalyzerConformanceTests
{
    private const string SourceNamespace = "Advisor.Analyzers";

    // Why: the brief (after Prowler's metadata checks) caps the title at 120 and the rationale at 400 characters.
    private const int MaxTitleLength = 120;
    private const int MaxRationaleLength = 400;

    public static TheoryData<string> Ids => RegisteredAnalyzers.Ids;

    [Fact]
    public void Registers_Analyzers_With_Unique_Ids_Each_With_One_Options_Binding()
    {
        var analyzers = RegisteredAnalyzers.Provider.GetServices<IAnalyzer>().ToList();
        var ids = analyzers.Select(a => a.Descriptor.Id).ToList();

        Assert.NotEmpty(analyzers);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(
            analyzers.Select(a => a.GetType().FullName).Order(StringComparer.Ordinal),
            RegisteredAnalyzers.Bindings.Select(b => b.AnalyzerType.FullName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Starts_With_An_Empty_Configuration_Because_Every_Default_Is_Valid()
    {
        var error = Record.Exception(() => RegisteredAnalyzers.Provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Null(error);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Id_Is_Kebab_Case_And_Names_The_Class_The_Folder_And_The_Options_Section(string id)
    {
        Assert.Matches(KebabCase(), id);
        var pascal = AnalyzerOptionsSection.PascalCase(id);
        var analyzerType = RegisteredAnalyzers.Get(id).GetType();
        var binding = RegisteredAnalyzers.BindingOf(id);

        Assert.Equal(pascal + "Analyzer", analyzerType.Name);
        Assert.Equal(pascal + "Options", binding.OptionsType.Name);
        Assert.Equal("Analyzers:" + pascal, RegisteredAnalyzers.Get(id).Descriptor.OptionsSection);
        Assert.Equal("Analyzers:" + pascal, binding.SectionName);

        // Folder = <Service>/<ResourceCondition>: the namespace parts below Advisor.Analyzers spell the id's PascalCase form.
        var folder = FolderOf(analyzerType);
        Assert.True(folder.Length >= 2, $"{analyzerType.FullName} should live in {SourceNamespace}.<Service>.<ResourceCondition>.");
        Assert.Equal(pascal, string.Concat(folder));
        var source = RepositoryRoot.Combine(["src", SourceNamespace, .. folder, analyzerType.Name + ".cs"]);
        Assert.True(File.Exists(source), $"Expected {analyzerType.Name} in {source}.");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Descriptor_Has_A_Short_Title_A_Short_Rationale_And_Every_Catalogue_Section(string id)
    {
        var descriptor = RegisteredAnalyzers.Get(id).Descriptor;

        Assert.False(string.IsNullOrWhiteSpace(descriptor.Title), $"{id}: empty title.");
        Assert.True(descriptor.Title.Length <= MaxTitleLength, $"{id}: title has {descriptor.Title.Length} characters, at most {MaxTitleLength} allowed.");
        Assert.False(descriptor.Title.StartsWith("Ensure", StringComparison.OrdinalIgnoreCase), $"{id}: title starts with 'Ensure'; name the finding instead.");
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Rationale), $"{id}: empty rationale.");
        Assert.True(descriptor.Rationale.Length <= MaxRationaleLength, $"{id}: rationale has {descriptor.Rationale.Length} characters, at most {MaxRationaleLength} allowed.");
        Assert.NotEmpty(descriptor.Inputs);
        Assert.All(
            new[] { descriptor.ResourceType, descriptor.Rule, descriptor.SavingsFormula, descriptor.Remediation, descriptor.Rollback },
            text => Assert.False(string.IsNullOrWhiteSpace(text), $"{id}: a catalogue section of the descriptor is empty."));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Descriptor_Names_Read_Actions_And_Every_Iam_Action_Is_Service_Colon_Action_Without_Wildcards(string id)
    {
        var descriptor = RegisteredAnalyzers.Get(id).Descriptor;

        Assert.NotEmpty(descriptor.IamActions);
        Assert.All(
            descriptor.IamActions.Concat(descriptor.RemediationIamActions),
            action => Assert.True(IamAction().IsMatch(action), $"{id}: IAM action '{action}' is not 'service:Action' (no '*', no spaces)."));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Options_Have_Their_Own_Validator_And_Bind_Their_Defaults_From_An_Empty_Configuration(string id)
    {
        var optionsType = RegisteredAnalyzers.BindingOf(id).OptionsType;
        var validators = RegisteredAnalyzers.Provider.GetServices(typeof(IValidateOptions<>).MakeGenericType(optionsType));

        Assert.Contains(validators, v => v!.GetType().Assembly == optionsType.Assembly);

        var accessor = RegisteredAnalyzers.Provider.GetRequiredService(typeof(IOptions<>).MakeGenericType(optionsType));
        var bound = accessor.GetType().GetProperty(nameof(IOptions<object>.Value))!.GetValue(accessor);
        var fresh = Activator.CreateInstance(optionsType);
        Assert.Equal(JsonSerializer.Serialize(fresh, optionsType), JsonSerializer.Serialize(bound, optionsType));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Has_A_Test_Class_Named_After_The_Analyzer_In_The_Mirrored_Folder(string id)
    {
        var analyzerType = RegisteredAnalyzers.Get(id).GetType();
        var expected = $"{typeof(AnalyzerConformanceTests).Assembly.GetName().Name}.{string.Join('.', FolderOf(analyzerType))}.{analyzerType.Name}Tests";

        var testClass = typeof(AnalyzerConformanceTests).Assembly.GetType(expected);

        Assert.True(testClass is not null, $"{id}: no test class {expected} in this test assembly.");
        Assert.Contains(testClass.GetMethods(), m => m.GetCustomAttributes<FactAttribute>().Any());
    }

    private static string[] FolderOf(Type analyzerType)
    {
        var ns = analyzerType.Namespace ?? string.Empty;
        Assert.StartsWith(SourceNamespace + ".", ns, StringComparison.Ordinal);
        return ns[(SourceNamespace.Length + 1)..].Split('.');
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)+$")]
    private static partial Regex KebabCase();

    // Why: IAM actions are "<service prefix>:<PascalCase action>"; a '*' would grant more than the catalogue documents.
    [GeneratedRegex("^[a-z0-9-]+:[A-Z][A-Za-z0-9]+$")]
    private static partial Regex IamAction();
}
