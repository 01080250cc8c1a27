using Advisor.Benchmarks.Support;
using BenchmarkDotNet.Running;

namespace Advisor.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project bench/Advisor.Benchmarks -- --filter '*'</c> (see docs/benchmarks.md).</summary>
public static class Program
{
    public static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchConfig.Create());
}
