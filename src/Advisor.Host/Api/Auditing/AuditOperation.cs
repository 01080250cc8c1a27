namespace Advisor.Host.Api.Auditing;

/// <summary>Endpoint metadata: this endpoint mutates state and every call to it (allowed or refused) goes to the audit log.</summary>
/// <param name="Operation">What the call does, e.g. <c>recommendation.decide</c>, <c>run.start</c>.</param>
public sealed record AuditOperation(string Operation);
