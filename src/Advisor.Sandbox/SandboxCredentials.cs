namespace Advisor.Sandbox;

/// <summary>
/// The only key pair the sandbox accepts: the published example pair of the AWS SigV4 test suite.
/// Not a secret; any session token is accepted alongside it.
/// </summary>
public static class SandboxCredentials
{
    public const string AccessKeyId = "AKIDEXAMPLE";

    public const string SecretAccessKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
}
