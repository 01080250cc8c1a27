using Advisor.Sandbox.Estate;

namespace Advisor.Sandbox.Generation;

/// <summary>A generated estate and the ground truth planted in it (what a perfect advisor finds, and must not find).</summary>
public sealed record GeneratedEstate(SandboxEstate Estate, GroundTruth GroundTruth);
