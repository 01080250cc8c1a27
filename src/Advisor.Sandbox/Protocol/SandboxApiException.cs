namespace Advisor.Sandbox.Protocol;

/// <summary>
/// An AWS error answer. <see cref="Code"/> goes to JSON/CBOR <c>__type</c>; <see cref="QueryCode"/> is the query-protocol code
/// (XML <c>Code</c> and the CloudWatch <c>x-amzn-query-error</c> header). Messages never carry secrets.
/// </summary>
internal sealed class SandboxApiException : Exception
{
    public SandboxApiException(int status, string code, string message, string? queryCode = null, bool receiverFault = false)
        : base(message)
    {
        Status = status;
        Code = code;
        QueryCode = queryCode ?? code;
        ReceiverFault = receiverFault;
    }

    public int Status { get; }
    public string Code { get; }
    public string QueryCode { get; }
    public bool ReceiverFault { get; }
}
