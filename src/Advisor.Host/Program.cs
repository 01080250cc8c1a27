using Advisor.Host.Cli;

return await CliApp.RunAsync(args);
