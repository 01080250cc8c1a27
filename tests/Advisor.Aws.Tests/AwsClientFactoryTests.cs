using Advisor.Aws.CloudWatch;
using Advisor.Aws.Credentials;
using Advisor.Aws.SageMaker;
using Advisor.Aws.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Advisor.Aws.Tests;

public sealed class AwsClientFactoryTests
{
    [Fact]
    public async Task Creates_Clients_That_Call_The_Override_Url_Signed_For_The_Region()
    {
        var clients = new TestClients();
        clients.Handler.EnqueueOk("""{"Endpoints":[]}""");
        var factory = new AwsClientFactory(clients.Credentials, clients.HttpClient, NullLoggerFactory.Instance, clients.Clock);

        await factory.CreateSageMaker("us-west-2", new Uri("http://127.0.0.1:4566")).ListEndpointsAsync(new ListEndpointsRequest());

        var sent = Assert.Single(clients.Handler.Requests);
        Assert.Equal("http://127.0.0.1:4566/", sent.Uri.ToString());
        Assert.Contains("/20260801/us-west-2/sagemaker/aws4_request", sent.Header("Authorization"), StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_A_Region_That_Is_Not_A_Region_Name()
    {
        var clients = new TestClients();
        var factory = new AwsClientFactory(clients.Credentials, clients.HttpClient, NullLoggerFactory.Instance, clients.Clock);

        var error = Assert.Throws<ArgumentException>(() => factory.CreateCloudWatch("evil.example.com/"));

        Assert.Contains("evil.example.com/", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Registers_Both_Clients_With_A_Registered_Credential_Source()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<ICredentialSource>(new StaticCredentialSource(TestClients.AccessKey, TestClients.SecretKey));
        services.AddAwsClients(o =>
        {
            o.Region = "eu-west-1";
            o.EndpointUrl = TestClients.SandboxUrl;
        });
        using var provider = services.BuildServiceProvider();

        Assert.IsType<SageMakerClient>(provider.GetRequiredService<ISageMakerApi>());
        Assert.IsType<CloudWatchClient>(provider.GetRequiredService<ICloudWatchApi>());
        Assert.IsType<StaticCredentialSource>(provider.GetRequiredService<ICredentialSource>());
    }

    [Fact]
    public void Static_Credentials_Do_Not_Show_The_Secret()
    {
        var source = new StaticCredentialSource(TestClients.AccessKey, TestClients.SecretKey, "TOKEN123");

        Assert.DoesNotContain(TestClients.SecretKey, source.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("TOKEN123", source.ToString(), StringComparison.Ordinal);
    }
}
