namespace Advisor.Aws.Tests.Support;

/// <summary>Reads recorded response bodies from <c>Fixtures/</c> (named <c>service.Operation_n.json</c>).</summary>
public static class Fixture
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
}
