using System.Text;
using Civic.Cli;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return CliApp.Run(args, new CliContext(Console.Out, Console.Error, Environment.CurrentDirectory));
