using System.Globalization;
using Microsoft.Extensions.Options;

namespace Advisor.Analyzers.Ec2.GpuRightsize;

/// <summary>Rules on <see cref="Ec2GpuRightsizeOptions"/>; every message names the full configuration key and the value it got.</summary>
public sealed class Ec2GpuRightsizeOptionsValidator : IValidateOptions<Ec2GpuRightsizeOptions>
{
    private const string Section = Ec2GpuRightsizeOptions.SectionName;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, Ec2GpuRightsizeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!Ec2GpuRightsizeOptions.AllowedPercentiles.Contains(options.Percentile))
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture,
                $"{Section}:{nameof(Ec2GpuRightsizeOptions.Percentile)} must be one of 90, 95, 99.5, was {options.Percentile}"));
        }

        // Why: negative headroom would size below observed demand; above 1 (double the demand) is no longer headroom; NaN fails every check.
        if (double.IsNaN(options.Headroom) || options.Headroom < 0 || options.Headroom > 1)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture,
                $"{Section}:{nameof(Ec2GpuRightsizeOptions.Headroom)} must be between 0 and 1, was {options.Headroom}"));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
