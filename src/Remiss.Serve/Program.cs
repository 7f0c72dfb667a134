using Remiss.Cli;

// The server executable installed beside the native `remiss` (src/Remiss.Cli/ServeExecutable.cs): `remiss serve …`
// becomes `Remiss.Serve serve …`, the same command, options, output and exit codes, with only serve in its tree.
return CliApplication.Run(args, CliEnvironment.FromProcess(), (env, _) => CliApplication.BuildServe(env));
