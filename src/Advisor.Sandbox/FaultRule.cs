namespace Advisor.Sandbox;

/// <summary>What an injected fault does to a matching call.</summary>
public enum FaultKind
{
    /// <summary>400 ThrottlingException "Rate exceeded" (CloudWatch: Throttling).</summary>
    Throttle,

    /// <summary>500 InternalFailure (CloudWatch: InternalServiceError).</summary>
    Error500,

    /// <summary>503 ServiceUnavailable.</summary>
    Error503,

    /// <summary>Waits <see cref="FaultRule.DelayMs"/> and then answers normally.</summary>
    Delay,

    /// <summary>400 AccessDeniedException: the caller's IAM policy does not allow the operation (EC2/STS: UnauthorizedOperation/AccessDenied).</summary>
    Deny,
}

/// <summary>
/// One fault rule: applies to <see cref="Operation"/> (<c>SageMaker.ListEndpoints</c>, every operation of a service <c>CostExplorer.*</c>, or <c>*</c>),
/// either to the next <see cref="Count"/> matching calls or to a <see cref="Rate"/> fraction of them (deterministic for a <see cref="Seed"/>).
/// </summary>
public sealed record FaultRule
{
    public required string Operation { get; init; }
    public required FaultKind Kind { get; init; }
    public int? Count { get; init; }
    public double? Rate { get; init; }
    public int DelayMs { get; init; }
    public int Seed { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid member.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Operation))
        {
            throw new ArgumentException("Fault 'operation' is required: 'Service.Operation' (e.g. SageMaker.ListEndpoints) or '*'.");
        }

        if (Operation != "*" && Operation.Split('.') is not [{ Length: > 0 }, { Length: > 0 }])
        {
            throw new ArgumentException($"Fault operation '{Operation}' must be 'Service.Operation' (e.g. CloudWatch.GetMetricData), 'Service.*' or '*'.");
        }

        if (Count is null == Rate is null)
        {
            throw new ArgumentException("A fault needs exactly one of 'count' (the next N matching calls) or 'rate' (a fraction between 0 and 1).");
        }

        if (Count is < 1)
        {
            throw new ArgumentException($"Fault 'count' must be at least 1, got {Count}.");
        }

        if (Rate is { } rate && (double.IsNaN(rate) || rate <= 0 || rate > 1))
        {
            throw new ArgumentException($"Fault 'rate' must be greater than 0 and at most 1, got {rate}.");
        }

        // Why: a delay longer than a minute would outlive every client timeout we use and only hangs tests.
        if (Kind == FaultKind.Delay && DelayMs is < 1 or > 60_000)
        {
            throw new ArgumentException($"A delay fault needs 'delayMs' between 1 and 60000, got {DelayMs}.");
        }
    }

    internal bool Matches(string operation) =>
        Operation == "*"
        || string.Equals(Operation, operation, StringComparison.OrdinalIgnoreCase)
        || (Operation.EndsWith(".*", StringComparison.Ordinal)
            && operation.StartsWith(Operation[..^1], StringComparison.OrdinalIgnoreCase));
}
