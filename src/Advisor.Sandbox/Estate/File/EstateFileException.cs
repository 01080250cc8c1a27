using System.Globalization;
using System.Text;

namespace Advisor.Sandbox.Estate.File;

/// <summary>
/// An estate file that cannot be served: missing, unreadable, or invalid. <see cref="Problems"/> lists every problem
/// found (not just the first), each as <c>field.path: what is wrong</c>.
/// </summary>
public sealed class EstateFileException : Exception
{
    public EstateFileException(string path, IReadOnlyList<string> problems)
        : base(Format(path, problems))
    {
        FilePath = path;
        Problems = problems;
    }

    public EstateFileException()
        : this("(unknown)", [])
    {
    }

    public EstateFileException(string message)
        : this("(unknown)", [message])
    {
    }

    public EstateFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        FilePath = "(unknown)";
        Problems = [message];
    }

    /// <summary>The estate file's path as given.</summary>
    public string FilePath { get; }

    /// <summary>Every problem, <c>path: message</c>.</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string Format(string path, IReadOnlyList<string> problems)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Estate file '{path}' has {problems.Count} problem{(problems.Count == 1 ? "" : "s")}:");
        foreach (var problem in problems)
        {
            text.Append("\n  - ").Append(problem);
        }

        return text.ToString();
    }
}
