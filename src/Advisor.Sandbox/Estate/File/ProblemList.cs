namespace Advisor.Sandbox.Estate.File;

/// <summary>Collects every problem found in an estate file, each as <c>path: message</c>.</summary>
internal sealed class ProblemList
{
    private readonly List<string> _items = [];

    public IReadOnlyList<string> Items => _items;

    public void Add(string path, string message) => _items.Add(path + ": " + message);
}
