using Region.Vasternorrland;
using Remiss.Core;

// Everything below was compiled from YAML at build time: no file is read at run time.
var remiss = Remisser.Sou2024_72;
Console.WriteLine($"{remiss.Remiss.Number}: {remiss.Remiss.Title}");
Console.WriteLine($"Svarstid: {SwedishText.LongDate(remiss.Remiss.EffectiveDeadline)}");
Console.WriteLine($"Remisser i projektet: {Remisser.All.Count}");
Console.WriteLine();
Console.WriteLine(DecisionText.For(remiss, Wording.Registry).ToText());
Console.WriteLine();
Console.WriteLine(string.Join("\n", DecisionClauses.Punctuate(new[] { Wording.ApproveAnnualReport("2024") })));
Console.WriteLine();

// The organisation file (organisation.yaml beside the remiss file, or the nearest above the project) as a typed class.
Console.WriteLine($"{Organisations.RegionVasternorrland.Name}: {Organisations.RegionVasternorrland.Hsn.Name} ({Organisations.RegionVasternorrland.Hsn.Meetings.Count} sammanträden)");
