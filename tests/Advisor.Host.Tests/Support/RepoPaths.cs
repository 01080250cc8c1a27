namespace Advisor.Host.Tests.Support;

/// <summary>Finds files of the repository (the folder that holds Advisor.sln) from the test's output directory.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Of(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Advisor.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Advisor.sln not found above " + AppContext.BaseDirectory);
    }
}
