using System.Globalization;
using System.Text.Json;
using Advisor.Sandbox.Estate;
using Advisor.Sandbox.Protocol;

namespace Advisor.Sandbox.SageMaker;

/// <summary>
/// ListEndpoints with AWS's filters, sort and paging. Name and time filters apply before paging; StatusEquals applies
/// AFTER a page is sliced (as AWS does), so a page may be empty and still carry a NextToken.
/// </summary>
internal sealed class ListEndpointsOperation(SandboxEstate estate)
{
    private const string TokenKind = "ListEndpoints";

    // Why: the model's MaxResults range is 1–100 with a default of 10.
    private const int DefaultMaxResults = 10;
    private const int MaxMaxResults = 100;

    private static readonly string[] SortKeys = ["Name", "CreationTime", "Status"];
    private static readonly string[] SortOrders = ["Ascending", "Descending"];
    private static readonly string[] Statuses =
        ["OutOfService", "Creating", "Updating", "SystemUpdating", "RollingBack", "InService", "Deleting", "Failed", "UpdateRollbackFailed"];

    public byte[] Handle(JsonElement input)
    {
        var sortBy = Enum(input, "SortBy", SortKeys) ?? "CreationTime";
        var sortOrder = Enum(input, "SortOrder", SortOrders) ?? "Descending";
        var status = Enum(input, "StatusEquals", Statuses);
        var nameContains = JsonInput.String(input, "NameContains");
        var createdBefore = JsonInput.Timestamp(input, "CreationTimeBefore");
        var createdAfter = JsonInput.Timestamp(input, "CreationTimeAfter");
        var modifiedBefore = JsonInput.Timestamp(input, "LastModifiedTimeBefore");
        var modifiedAfter = JsonInput.Timestamp(input, "LastModifiedTimeAfter");
        var maxResults = JsonInput.Int(input, "MaxResults") ?? DefaultMaxResults;
        if (maxResults is < 1 or > MaxMaxResults)
        {
            throw ApiErrors.Validation(
                $"1 validation error detected: Value '{maxResults.ToString(CultureInfo.InvariantCulture)}' at 'maxResults' failed to satisfy constraint: "
                + $"Member must have value {(maxResults < 1 ? "greater than or equal to 1" : "less than or equal to 100")}");
        }

        var matching = estate.Endpoints
            .Where(e => nameContains is null || e.Name.Contains(nameContains, StringComparison.OrdinalIgnoreCase))
            .Where(e => createdBefore is null || e.CreationTime < createdBefore)
            .Where(e => createdAfter is null || e.CreationTime > createdAfter)
            .Where(e => modifiedBefore is null || e.LastModifiedTime < modifiedBefore)
            .Where(e => modifiedAfter is null || e.LastModifiedTime > modifiedAfter);
        var sorted = Sort(matching, sortBy, sortOrder == "Ascending").ToList();

        var times = new[] { createdBefore, createdAfter, modifiedBefore, modifiedAfter }
            .Select(t => t?.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
        var fingerprint = PageToken.Fingerprint(string.Join('|', [sortBy, sortOrder, status, nameContains, .. times]));
        var token = JsonInput.String(input, "NextToken");
        var offset = token is null ? 0 : PageToken.TryRead(token, TokenKind, fingerprint)
            ?? throw ApiErrors.Validation("The NextToken is invalid or was issued for a request with different parameters.");

        var page = sorted.Skip(offset).Take(maxResults).Where(e => status is null || e.Status == status).ToList();
        var next = offset + maxResults < sorted.Count ? PageToken.Create(TokenKind, offset + maxResults, fingerprint) : null;

        return JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("Endpoints");
            foreach (var endpoint in page)
            {
                w.WriteStartObject();
                w.WriteString("EndpointName", endpoint.Name);
                w.WriteString("EndpointArn", estate.EndpointArn(endpoint.Name));
                w.WriteTimestamp("CreationTime", endpoint.CreationTime);
                w.WriteTimestamp("LastModifiedTime", endpoint.LastModifiedTime);
                w.WriteString("EndpointStatus", endpoint.Status);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            if (next is not null)
            {
                w.WriteString("NextToken", next);
            }

            w.WriteEndObject();
        });
    }

    private static IEnumerable<SandboxEndpoint> Sort(IEnumerable<SandboxEndpoint> endpoints, string sortBy, bool ascending)
    {
        // Why: ties (same creation time or status) are broken by name so pages are stable between calls.
        var ordered = (sortBy, ascending) switch
        {
            ("Name", true) => endpoints.OrderBy(e => e.Name, StringComparer.Ordinal),
            ("Name", false) => endpoints.OrderByDescending(e => e.Name, StringComparer.Ordinal),
            ("Status", true) => endpoints.OrderBy(e => e.Status, StringComparer.Ordinal),
            ("Status", false) => endpoints.OrderByDescending(e => e.Status, StringComparer.Ordinal),
            (_, true) => endpoints.OrderBy(e => e.CreationTime),
            _ => endpoints.OrderByDescending(e => e.CreationTime),
        };
        return ordered.ThenBy(e => e.Name, StringComparer.Ordinal);
    }

    private static string? Enum(JsonElement input, string member, string[] allowed)
    {
        var value = JsonInput.String(input, member);
        if (value is null || allowed.Contains(value, StringComparer.Ordinal))
        {
            return value;
        }

        throw ApiErrors.Validation(
            $"1 validation error detected: Value '{value}' at '{char.ToLowerInvariant(member[0])}{member[1..]}' failed to satisfy constraint: "
            + $"Member must satisfy enum value set: [{string.Join(", ", allowed)}]");
    }
}
