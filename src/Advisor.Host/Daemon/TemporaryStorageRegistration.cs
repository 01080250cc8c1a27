#pragma warning disable IDE0130 // Why: temporary stand-in in the store's namespace, deleted at merge.
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Advisor.Storage;

/// <summary>TEMPORARY until the Storage commit lands on main (deleted at merge).</summary>
internal static class StorageRegistration
{
    public static IServiceCollection AddAdvisorStorage(this IServiceCollection services, IConfiguration configuration) =>
        throw new NotSupportedException(configuration.ToString());
}
