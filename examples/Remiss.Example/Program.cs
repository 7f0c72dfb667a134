// Loads a remiss file and prints its diagnostics and the standard decision text: the smallest
// embedding of Remiss.Core.
using Remiss.Core;

var path = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "sou-2024-72.remiss.yaml");
var result = RemissLoader.LoadFile(path);
foreach (var diagnostic in result.Diagnostics)
{
    Console.Error.WriteLine(diagnostic);
}

if (result.File is not { } file)
{
    return 1;
}

var decision = DecisionText.For(file);
Console.WriteLine(StandardWording.MemoHeading(file.Remiss));
Console.WriteLine();
Console.WriteLine(decision.Heading);
Console.WriteLine();
Console.WriteLine(decision.ToText());
Console.WriteLine();
Console.WriteLine("Ärendebeskrivning");
Console.WriteLine();
Console.WriteLine(StandardWording.CaseDescription(file.Case.Organisation, file.Remiss));
if (file.Remiss.IsExtended)
{
    Console.WriteLine(StandardWording.ExtensionGranted(file.Remiss.EffectiveDeadline));
}

return 0;
