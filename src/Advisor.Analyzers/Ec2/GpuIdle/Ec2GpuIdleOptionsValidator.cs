using System.Globalization;
using Microsoft.Extensions.Options;

namespace Advisor.Analyzers.Ec2.GpuIdle;

/// <summary>
/// Rules on <see cref="Ec2GpuIdleOptions"/> that DataAnnotations cannot express well (percentages with an open lower bound, NaN).
/// Every message names the full configuration key and the value it got.
/// </summary>
public sealed class Ec2GpuIdleOptionsValidator : IValidateOptions<Ec2GpuIdleOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, Ec2GpuIdleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Percent(failures, nameof(Ec2GpuIdleOptions.CpuMaxPercent), options.CpuMaxPercent);
        Percent(failures, nameof(Ec2GpuIdleOptions.GpuMaxPercent), options.GpuMaxPercent);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // Why: 0 would make no day idle (a maximum is never below 0), above 100 every day; NaN compares false to everything.
    private static void Percent(List<string> failures, string key, double value)
    {
        if (double.IsNaN(value) || value <= 0 || value > 100)
        {
            failures.Add(string.Create(
                CultureInfo.InvariantCulture, $"{Ec2GpuIdleOptions.SectionName}:{key} must be more than 0 and at most 100, was {value}"));
        }
    }
}
