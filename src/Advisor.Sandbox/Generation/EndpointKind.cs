namespace Advisor.Sandbox.Generation;

/// <summary>What the generator plants at one endpoint slot.</summary>
internal enum EndpointKind
{
    /// <summary>Instance-backed endpoint with traffic throughout the window.</summary>
    Busy,

    /// <summary>Serverless endpoint with traffic.</summary>
    BusyServerless,

    /// <summary>Planted opportunity: one instance-backed variant, no invocations in the window.</summary>
    Idle,

    /// <summary>Planted opportunity: two instance-backed variants, both without invocations.</summary>
    IdleTwoVariants,

    /// <summary>Planted opportunity: busy until 20 days ago, idle since.</summary>
    IdleSinceTwentyDays,

    /// <summary>Near miss: exactly one invocation in the window.</summary>
    NearOneInvocation,

    /// <summary>Near miss: idle but younger than the window.</summary>
    NearYoung,

    /// <summary>Near miss: idle but with a multi-day monitoring gap (insufficient data).</summary>
    NearMonitoringGap,

    /// <summary>Near miss: two variants, one idle and one busy.</summary>
    NearOneVariantBusy,

    /// <summary>Near miss: an idle serverless endpoint (excluded).</summary>
    NearServerless,

    /// <summary>Near miss: idle but not InService (Failed or Updating).</summary>
    NearNotInService,

    /// <summary>Near miss: idle but scale-to-zero (managed scaling min 0: excluded).</summary>
    NearScaleToZero,
}
