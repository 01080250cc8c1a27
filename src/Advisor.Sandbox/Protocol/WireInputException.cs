namespace Advisor.Sandbox.Protocol;

/// <summary>A request member has the wrong type or format; each service maps it to its own validation error.</summary>
internal sealed class WireInputException : Exception
{
    public WireInputException(string message)
        : base(message)
    {
    }
}
