namespace Advisor.Sandbox.Tests.Estate;

/// <summary>An estate file written to a fresh temp folder, deleted on dispose.</summary>
internal sealed class TempEstateFile : IDisposable
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "estate-tests-" + Guid.NewGuid().ToString("N"));

    public TempEstateFile(string content, string extension)
    {
        Directory.CreateDirectory(_folder);
        Path = System.IO.Path.Combine(_folder, "estate" + extension);
        File.WriteAllText(Path, content);
    }

    public string Path { get; }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Finds a repository file (docs/examples/...) by walking up from the test binaries.</summary>
    public static string RepoFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("Repository file not found above the test folder: " + relative);
    }
}
