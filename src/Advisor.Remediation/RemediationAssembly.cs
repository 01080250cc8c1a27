namespace Advisor.Remediation;

/// <summary>Marker for the remediation assembly (action kinds, policy, planner, journal-first executor).</summary>
public static class RemediationAssembly;
