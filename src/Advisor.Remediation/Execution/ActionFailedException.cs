namespace Advisor.Remediation.Execution;

/// <summary>
/// An action whose AWS calls were accepted but whose change did not land (an endpoint update that ended Failed or never settled).
/// The executor treats it like an AWS error: the entry is Failed with this message, and rolled back when the resource moved.
/// </summary>
public sealed class ActionFailedException(string message) : Exception(message);
