using System.Net;
using Advisor.Aws.Errors;
using Advisor.Aws.SageMaker;

namespace Advisor.Aws.Tests.Moto;

/// <summary>Our SageMaker client against moto's SageMaker (awsJson1_1), seeded by the AWS CLI.</summary>
[Collection(MotoSuite.Name)]
public sealed class MotoSageMakerTests(MotoFixture moto)
{
    private const string ArnPrefix = "arn:aws:sagemaker:us-east-1:123456789012:endpoint/";

    [Fact]
    public async Task ListEndpoints_Pages_With_A_Small_Page_Size_Until_NextToken_Ends()
    {
        var api = moto.SageMaker();
        var pages = new List<ListEndpointsResponse>();
        string? token = null;
        do
        {
            var page = await api.ListEndpointsAsync(new ListEndpointsRequest(token, MaxResults: 2));
            pages.Add(page);
            token = page.NextToken;
        }
        while (token is not null && pages.Count < 10);

        // Why: five endpoints at two per page are three pages; only the last has no NextToken.
        Assert.Equal([2, 2, 1], pages.Select(p => p.Endpoints.Count));
        Assert.All(pages.SkipLast(1), p => Assert.False(string.IsNullOrEmpty(p.NextToken)));
        Assert.Null(pages[^1].NextToken);
        var names = pages.SelectMany(p => p.Endpoints).Select(e => e.EndpointName).ToList();
        Assert.Equal(MotoEstate.AllEndpoints.Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ListAllEndpointsAsync_Returns_Every_Created_Endpoint_Once()
    {
        var all = await moto.SageMaker().ListAllEndpointsAsync(pageSize: 2).ToListAsync();

        Assert.Equal(MotoEstate.AllEndpoints.Order(StringComparer.Ordinal), all.Select(e => e.EndpointName).Order(StringComparer.Ordinal));
        Assert.All(all, e =>
        {
            Assert.Equal(ArnPrefix + e.EndpointName, e.EndpointArn);
            Assert.Equal("InService", e.EndpointStatus);
            Assert.InRange(e.CreationTime, moto.SeedStarted.AddMinutes(-1), moto.SeedFinished.AddMinutes(1));
        });
    }

    [Fact]
    public async Task ListAllEndpointsAsync_Honours_StatusEquals()
    {
        var inService = await moto.SageMaker().ListAllEndpointsAsync(statusEquals: "InService", pageSize: 2).ToListAsync();
        var failed = await moto.SageMaker().ListAllEndpointsAsync(statusEquals: "Failed", pageSize: 2).ToListAsync();

        Assert.Equal(MotoEstate.AllEndpoints.Count, inService.Count);
        Assert.Empty(failed);
    }

    [Fact]
    public async Task DescribeEndpoint_Returns_Name_Arn_Status_Config_And_Both_Variants()
    {
        var endpoint = await moto.SageMaker().DescribeEndpointAsync(MotoEstate.DualEndpoint);

        Assert.Equal(MotoEstate.DualEndpoint, endpoint.EndpointName);
        Assert.Equal(ArnPrefix + MotoEstate.DualEndpoint, endpoint.EndpointArn);
        Assert.Equal("InService", endpoint.EndpointStatus);
        Assert.Equal(MotoEstate.DualConfig, endpoint.EndpointConfigName);
        Assert.InRange(endpoint.CreationTime, moto.SeedStarted.AddMinutes(-1), moto.SeedFinished.AddMinutes(1));
        Assert.True(endpoint.LastModifiedTime >= endpoint.CreationTime, "LastModifiedTime precedes CreationTime.");
        Assert.Equal(
            [new ProductionVariantSummary(MotoEstate.PrimaryVariant, 2, 2, 0.5, null), new ProductionVariantSummary(MotoEstate.CanaryVariant, 1, 1, 0.5, null)],
            endpoint.ProductionVariants);
    }

    [Fact]
    public async Task DescribeEndpointConfig_Returns_The_Instance_Type_And_Count_Of_A_Single_Variant()
    {
        var config = await moto.SageMaker().DescribeEndpointConfigAsync(MotoEstate.SingleConfig);

        Assert.Equal(MotoEstate.SingleConfig, config.EndpointConfigName);
        Assert.Equal("arn:aws:sagemaker:us-east-1:123456789012:endpoint-config/" + MotoEstate.SingleConfig, config.EndpointConfigArn);
        var variant = Assert.Single(config.ProductionVariants);
        Assert.Equal(new ProductionVariant(MotoEstate.SingleVariant, MotoEstate.ModelName, "ml.m5.large", 1, null, null, null), variant);
    }

    [Fact]
    public async Task DescribeEndpointConfig_Returns_Each_Variant_Of_A_Two_Variant_Config()
    {
        var config = await moto.SageMaker().DescribeEndpointConfigAsync(MotoEstate.DualConfig);

        Assert.Equal(
            [("Primary", "ml.g4dn.xlarge", 2), ("Canary", "ml.p3.2xlarge", 1)],
            config.ProductionVariants.Select(v => (v.VariantName, v.InstanceType, v.InitialInstanceCount ?? -1)));
        Assert.All(config.ProductionVariants, v => Assert.Null(v.ServerlessConfig));
        Assert.InRange(config.CreationTime, moto.SeedStarted.AddMinutes(-1), moto.SeedFinished.AddMinutes(1));
    }

    [Fact]
    public async Task A_Missing_Endpoint_Is_Our_Typed_Not_Found_Error_Naming_The_Endpoint()
    {
        // Why: like real SageMaker, moto answers 400 ValidationException "Could not find endpoint ..." (it quotes the ARN,
        // AWS quotes the name); our classifier maps that message to AwsNotFoundException.
        var error = await Assert.ThrowsAsync<AwsNotFoundException>(() => moto.SageMaker().DescribeEndpointAsync("no-such-endpoint"));

        Assert.Equal("ValidationException", error.ErrorCode);
        Assert.Equal(HttpStatusCode.BadRequest, error.HttpStatus);
        Assert.Equal("DescribeEndpoint", error.Operation);
        Assert.Contains("no-such-endpoint", error.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(error.RequestId));
        Assert.DoesNotContain(MotoFixture.SecretKey, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Missing_Endpoint_Config_Is_Our_Typed_Not_Found_Error_Naming_The_Config()
    {
        var error = await Assert.ThrowsAsync<AwsNotFoundException>(() => moto.SageMaker().DescribeEndpointConfigAsync("no-such-config"));

        Assert.Equal("ValidationException", error.ErrorCode);
        Assert.Equal("DescribeEndpointConfig", error.Operation);
        Assert.Contains("no-such-config", error.Message, StringComparison.Ordinal);
    }
}
