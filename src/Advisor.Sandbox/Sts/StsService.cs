using System.Globalization;
using System.Text.RegularExpressions;
using Advisor.Sandbox.Ec2;
using Advisor.Sandbox.Estate;
using Advisor.Sandbox.Protocol;
using Microsoft.Extensions.Primitives;

namespace Advisor.Sandbox.Sts;

/// <summary>
/// STS (awsQuery, Version 2011-06-15): AssumeRole into the estate's own account (optionally requiring the estate's ExternalId)
/// and GetCallerIdentity. One estate is one account: any other account id is AccessDenied (multi-account sandboxes are future work).
/// </summary>
internal sealed partial class StsService(SandboxEstate estate, SessionCredentialStore sessions) : ISandboxApi
{
    private const string Namespace = "https://sts.amazonaws.com/doc/2011-06-15/";

    // Why: AssumeRole's DurationSeconds is 900 s to 12 h (the role's maximum); the default is one hour.
    private const int MinDuration = 900;
    private const int MaxDuration = 43_200;
    private const int DefaultDuration = 3600;

    public SandboxService Service => SandboxService.Sts;

    /// <summary>The identity of the sandbox's long-term key (AKIDEXAMPLE).</summary>
    public string CallerArn => $"arn:aws:iam::{estate.AccountId}:user/sandbox";

    public byte[] Handle(ApiCall call) => call.Operation switch
    {
        "AssumeRole" => AssumeRole(call.Form, call.RequestId),
        "GetCallerIdentity" => Write("GetCallerIdentity", call.RequestId, w =>
        {
            w.WriteElementString("Arn", Namespace, CallerArn);
            w.WriteElementString("UserId", Namespace, "AIDASANDBOXEXAMPLE00");
            w.WriteElementString("Account", Namespace, estate.AccountId);
        }),
        _ => throw StsErrors.InvalidAction(call.Operation),
    };

    private byte[] AssumeRole(IReadOnlyDictionary<string, StringValues> form, string requestId)
    {
        var roleArn = Ec2Form.Get(form, "RoleArn") ?? throw StsErrors.Validation("1 validation error detected: Value null at 'roleArn' failed to satisfy constraint: Member must not be null");
        var sessionName = Ec2Form.Get(form, "RoleSessionName")
            ?? throw StsErrors.Validation("1 validation error detected: Value null at 'roleSessionName' failed to satisfy constraint: Member must not be null");
        if (!SessionNamePattern().IsMatch(sessionName))
        {
            throw StsErrors.Validation($"1 validation error detected: Value '{sessionName}' at 'roleSessionName' failed to satisfy constraint: "
                + "Member must have length between 2 and 64 and match [\\w+=,.@-]*");
        }

        var match = RoleArnPattern().Match(roleArn);
        if (!match.Success)
        {
            throw StsErrors.Validation($"{roleArn} is invalid (expected arn:aws:iam::<12-digit account>:role/<name>)");
        }

        var duration = DefaultDuration;
        if (Ec2Form.Get(form, "DurationSeconds") is { } text
            && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out duration) || duration is < MinDuration or > MaxDuration))
        {
            throw StsErrors.Validation($"1 validation error detected: Value '{text}' at 'durationSeconds' failed to satisfy constraint: "
                + "Member must have value between 900 and 43200");
        }

        var account = match.Groups["account"].Value;
        if (account != estate.AccountId)
        {
            throw StsErrors.AccessDenied(CallerArn, roleArn, $"the sandbox serves only account {estate.AccountId}");
        }

        if (estate.StsExternalId is { } required && Ec2Form.Get(form, "ExternalId") != required)
        {
            throw StsErrors.AccessDenied(CallerArn, roleArn, "the role's trust policy requires an ExternalId that was missing or wrong");
        }

        var roleName = match.Groups["name"].Value.Split('/')[^1];
        var issued = sessions.Issue(roleArn, sessionName, TimeSpan.FromSeconds(duration));
        return Write("AssumeRole", requestId, w =>
        {
            w.WriteStartElement("AssumedRoleUser", Namespace);
            w.WriteElementString("AssumedRoleId", Namespace, "AROASANDBOXROLE00000:" + sessionName);
            w.WriteElementString("Arn", Namespace, $"arn:aws:sts::{account}:assumed-role/{roleName}/{sessionName}");
            w.WriteEndElement();
            w.WriteStartElement("Credentials", Namespace);
            w.WriteElementString("AccessKeyId", Namespace, issued.AccessKeyId);
            w.WriteElementString("SecretAccessKey", Namespace, issued.SecretAccessKey);
            w.WriteElementString("SessionToken", Namespace, issued.SessionToken);
            w.WriteElementString("Expiration", Namespace, Ec2Form.Iso(issued.Expiration));
            w.WriteEndElement();
        });
    }

    private static byte[] Write(string operation, string requestId, Action<System.Xml.XmlWriter> result) => QueryXml.Write(w =>
    {
        w.WriteStartElement(operation + "Response", Namespace);
        w.WriteStartElement(operation + "Result", Namespace);
        result(w);
        w.WriteEndElement();
        w.WriteStartElement("ResponseMetadata", Namespace);
        w.WriteElementString("RequestId", Namespace, requestId);
        w.WriteEndElement();
        w.WriteEndElement();
    });

    [GeneratedRegex(@"^arn:aws:iam::(?<account>[0-9]{12}):role/(?<name>[\w+=,.@/-]{1,512})$", RegexOptions.CultureInvariant)]
    private static partial Regex RoleArnPattern();

    [GeneratedRegex(@"^[\w+=,.@-]{2,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex SessionNamePattern();
}
