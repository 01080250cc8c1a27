using System.Text;
using Advisor.Sandbox.Protocol;
using Microsoft.AspNetCore.WebUtilities;

namespace Advisor.Sandbox.CostExplorer;

/// <summary>GetCostAndUsage's NextPageToken: a period index bound to the request's parameters.</summary>
internal static class CostPageToken
{
    private const string Kind = "ce-gcau";

    public static string Create(int periodIndex, string fingerprint) => PageToken.Create(Kind, periodIndex, fingerprint);

    /// <summary>The period index a token points at; a token from different parameters is RequestChanged, garbage is InvalidNextToken.</summary>
    public static int Read(string token, string fingerprint, int periodCount)
    {
        if (PageToken.TryRead(token, Kind, fingerprint) is { } offset && offset > 0 && offset < periodCount)
        {
            return offset;
        }

        try
        {
            var parts = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token)).Split('|');
            if (parts.Length == 3 && parts[0] == Kind)
            {
                throw CostExplorerErrors.RequestChanged();
            }
        }
        catch (FormatException)
        {
            // Not one of ours: falls through to InvalidNextToken.
        }

        throw CostExplorerErrors.InvalidNextToken();
    }
}
