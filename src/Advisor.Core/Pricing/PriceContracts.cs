namespace Advisor.Core.Pricing;

/// <summary>Which SageMaker/EC2 rate applies; pick it deliberately (pricing-notes §6: never let response order choose).</summary>
public enum PriceComponent
{
    /// <summary>SageMaker real-time inference (usage type Host).</summary>
    Hosting,

    /// <summary>SageMaker training jobs (usage type Train).</summary>
    Training,

    /// <summary>SageMaker notebook instances (usage type Notebk).</summary>
    Notebook,

    /// <summary>EC2 Linux, shared tenancy, no pre-installed software.</summary>
    Ec2,
}

/// <summary>An hourly on-demand list price with where it came from and how old it is.</summary>
public sealed record PriceQuote(
    string InstanceType,
    string Region,
    PriceComponent Component,
    decimal HourlyUsd,
    string Source,
    string AsOf);

/// <summary>Hardware of an instance type (the ml.* types share the EC2 type's hardware).</summary>
public sealed record InstanceSpec(
    string InstanceType,
    int Vcpu,
    decimal MemoryGib,
    int GpuCount,
    string? GpuModel,
    decimal GpuMemoryGib,
    string Accelerator);

/// <summary>Looks up prices and specs. Implementations: the bundled table, the Price List API with the table as fallback.</summary>
public interface IPriceBook
{
    /// <summary>The on-demand hourly price, or null when no trusted price is known (never a guess).</summary>
    PriceQuote? Find(string instanceType, string region, PriceComponent component);

    /// <summary>The hardware of a type (with or without the <c>ml.</c> prefix), or null when unknown.</summary>
    InstanceSpec? Spec(string instanceType);
}
