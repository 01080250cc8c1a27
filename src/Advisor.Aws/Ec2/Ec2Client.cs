using Advisor.Aws.Errors;
using Amazon.EC2;
using Amazon.EC2.Model;
using Amazon.Runtime;

namespace Advisor.Aws.Ec2;

/// <summary>
/// <see cref="IEc2Api"/> over the official <see cref="AmazonEC2Client"/> (ec2Query). SDK errors become this project's
/// typed <see cref="AwsServiceException"/>s, so collectors treat EC2 failures like every other source's.
/// </summary>
public sealed partial class Ec2Client(IAmazonEC2 ec2) : IEc2Api, IDisposable
{
    private const string ServiceName = "EC2";
    private const string Linux = "Linux/UNIX";

    private readonly IAmazonEC2 _ec2 = ec2 ?? throw new ArgumentNullException(nameof(ec2));

    public async Task<Ec2InstancePage> DescribeInstancesAsync(Ec2InstanceQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filters = new List<Filter>();
        if (query.InstanceTypes.Count > 0)
        {
            filters.Add(new Filter("instance-type", [.. query.InstanceTypes]));
        }

        if (query.States.Count > 0)
        {
            filters.Add(new Filter("instance-state-name", [.. query.States]));
        }

        var request = new DescribeInstancesRequest
        {
            Filters = filters.Count > 0 ? filters : null,
            MaxResults = query.MaxResults,
            NextToken = query.NextToken,
        };
        var response = await Call("DescribeInstances", () => _ec2.DescribeInstancesAsync(request, cancellationToken));
        var instances = (response.Reservations ?? []).SelectMany(r => r.Instances ?? []).Select(Ec2Mapper.Map).ToList();
        return new Ec2InstancePage(instances, EmptyToNull(response.NextToken));
    }

    public async Task<Ec2InstanceTypePage> DescribeInstanceTypesAsync(IReadOnlyList<string> instanceTypes, string? nextToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instanceTypes);

        // Why: DescribeInstanceTypes accepts at most 100 InstanceType values per call.
        if (instanceTypes.Count is 0 or > 100)
        {
            throw new ArgumentException($"Give 1 to 100 instance types per DescribeInstanceTypes call, not {instanceTypes.Count}.", nameof(instanceTypes));
        }

        var request = new DescribeInstanceTypesRequest { InstanceTypes = [.. instanceTypes], NextToken = nextToken };
        var response = await Call("DescribeInstanceTypes", () => _ec2.DescribeInstanceTypesAsync(request, cancellationToken));
        return new Ec2InstanceTypePage((response.InstanceTypes ?? []).Select(Ec2Mapper.Map).ToList(), EmptyToNull(response.NextToken));
    }

    public async Task<SpotPricePage> DescribeSpotPriceHistoryAsync(SpotPriceQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var request = new DescribeSpotPriceHistoryRequest
        {
            InstanceTypes = [.. query.InstanceTypes],
            ProductDescriptions = [Linux],
            StartTime = query.StartTime.UtcDateTime,
            EndTime = query.EndTime?.UtcDateTime,
            MaxResults = query.MaxResults,
            NextToken = query.NextToken,
        };
        var response = await Call("DescribeSpotPriceHistory", () => _ec2.DescribeSpotPriceHistoryAsync(request, cancellationToken));
        return new SpotPricePage((response.SpotPriceHistory ?? []).Select(Ec2Mapper.Map).ToList(), EmptyToNull(response.NextToken));
    }

    public void Dispose() => _ec2.Dispose();

    private static async Task<T> Call<T>(string operation, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (AmazonServiceException ex)
        {
            throw SdkErrorTranslator.Translate(ex, ServiceName, operation);
        }
    }

    private static string? EmptyToNull(string? token) => string.IsNullOrEmpty(token) ? null : token;
}
