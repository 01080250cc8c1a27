using System.Globalization;
using Advisor.Core.Pricing;
using Advisor.Sandbox.Estate;
using Advisor.Sandbox.Protocol;
using Microsoft.Extensions.Primitives;

namespace Advisor.Sandbox.Ec2;

/// <summary>
/// DescribeSpotPriceHistory from <see cref="SpotPriceModel"/>: Linux/UNIX prices for the estate region's zones a-c, one point per
/// 6-hour step from the step in effect at StartTime up to EndTime (default: the estate's now), newest first, paged.
/// </summary>
internal sealed class DescribeSpotPriceHistoryOperation(SandboxEstate estate)
{
    private const string TokenKind = "ec2-spot-prices";
    private const string Linux = "Linux/UNIX";

    // Why: EC2's default and maximum page size for DescribeSpotPriceHistory is 1000.
    private const int MaxPage = 1000;

    // Why: without StartTime the sandbox answers the last day (AWS's 90-day history would be tens of thousands of points).
    private static readonly TimeSpan DefaultLookback = TimeSpan.FromDays(1);

    // Why: the sandbox estate spreads its instances over three zones, like most regions' default subnets.
    private static readonly string[] ZoneSuffixes = ["a", "b", "c"];

    // Why: AWS keeps 90 days of spot price history.
    private static readonly TimeSpan MaxHistory = TimeSpan.FromDays(90);

    public byte[] Execute(IReadOnlyDictionary<string, StringValues> form, string requestId)
    {
        var filters = Ec2Form.Filters(form);
        var types = Ec2Form.List(form, "InstanceType").Concat(Values(filters, "instance-type")).Distinct(StringComparer.Ordinal).ToList();
        var products = Ec2Form.List(form, "ProductDescription").Concat(Values(filters, "product-description")).ToList();
        var zones = ZoneSuffixes.Select(s => estate.Region + s)
            .Where(z => Ec2Form.Get(form, "AvailabilityZone") is not { } only || only == z)
            .Where(z => filters.Where(f => f.Name == "availability-zone").All(f => Ec2Form.Matches(f, z)))
            .ToList();
        foreach (var f in filters.Where(f => f.Name is not ("instance-type" or "product-description" or "availability-zone")))
        {
            throw Ec2Errors.InvalidParameterValue($"The filter '{f.Name}' is invalid");
        }

        var end = Ec2Form.Time(form, "EndTime") ?? estate.Now;
        var start = Ec2Form.Time(form, "StartTime") ?? end - DefaultLookback;
        if (start > end)
        {
            throw Ec2Errors.InvalidParameterValue("The start time must be before the end time.");
        }

        var earliest = SpotPriceModel.Floor(estate.Now - MaxHistory);
        var first = SpotPriceModel.Floor(start) < earliest ? earliest : SpotPriceModel.Floor(start);
        var last = end < estate.Now ? end : estate.Now;
        var wantsLinux = products.Count == 0 || products.Any(p => p is Linux or "Linux/UNIX (Amazon VPC)");
        var candidates = types.Count > 0 ? types : PricedTypes();
        var points = new List<(string Type, string Zone, DateTimeOffset At, decimal Price)>();
        for (var at = first; wantsLinux && at <= last; at += SpotPriceModel.Step)
        {
            foreach (var type in candidates)
            {
                foreach (var zone in zones)
                {
                    if (SpotPriceModel.Price(type, estate.Region, zone, at) is { } price)
                    {
                        points.Add((type, zone, at, price));
                    }
                }
            }
        }

        var ordered = points.OrderByDescending(p => p.At).ThenBy(p => p.Type, StringComparer.Ordinal).ThenBy(p => p.Zone, StringComparer.Ordinal).ToList();
        var fingerprint = PageToken.Fingerprint(string.Join(';', types) + "|" + string.Join(';', products) + "|" + string.Join(';', zones)
            + "|" + start.UtcTicks.ToString(CultureInfo.InvariantCulture) + "|" + end.UtcTicks.ToString(CultureInfo.InvariantCulture));
        var offset = 0;
        if (Ec2Form.Get(form, "NextToken") is { Length: > 0 } token)
        {
            offset = PageToken.TryRead(token, TokenKind, fingerprint)
                ?? throw Ec2Errors.InvalidParameterValue($"Invalid value '{token}' for nextToken (it belongs to another request).");
        }

        var size = Ec2Form.MaxResults(form, 1, MaxPage) ?? MaxPage;
        var page = ordered.Skip(offset).Take(size).ToList();
        var next = offset + page.Count < ordered.Count ? PageToken.Create(TokenKind, offset + page.Count, fingerprint) : null;
        return Ec2Xml.Response("DescribeSpotPriceHistory", requestId, w =>
        {
            w.Open("spotPriceHistorySet");
            foreach (var p in page)
            {
                w.Open("item");
                w.Text("instanceType", p.Type);
                w.Text("productDescription", Linux);
                w.Text("spotPrice", p.Price.ToString("0.000000", CultureInfo.InvariantCulture));
                w.Text("timestamp", Ec2Form.Iso(p.At));
                w.Text("availabilityZone", p.Zone);
                w.WriteEndElement();
            }

            w.WriteEndElement();
            if (next is not null)
            {
                w.Text("nextToken", next);
            }
        });
    }

    private List<string> PricedTypes() => BundledPriceBook.Default.Rows
        .Where(r => r.Service == "ec2" && r.Region == estate.Region && r.OnDemandUsdPerHour is not null)
        .Select(r => r.InstanceType)
        .Distinct(StringComparer.Ordinal)
        .ToList();

    private static IEnumerable<string> Values(IEnumerable<Ec2Filter> filters, string name) =>
        filters.Where(f => f.Name == name).SelectMany(f => f.Values);
}
