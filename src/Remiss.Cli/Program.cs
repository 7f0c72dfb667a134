using Remiss.Cli;

return CliApplication.Run(args, CliEnvironment.FromProcess());
