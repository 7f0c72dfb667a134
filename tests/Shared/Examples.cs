namespace Remiss.Tests.Shared;

/// <summary>
/// The bundled example (<c>examples/sou-2024-72.remiss.yaml</c>, copied to <c>Data/</c> by every test project) and
/// small variations of it; a test project adds its own variations in a part of this class.
/// </summary>
internal static partial class Examples
{
    public static string ExamplePath => Path.Combine(AppContext.BaseDirectory, "Data", "sou-2024-72.remiss.yaml");

    public static string ExampleText => File.ReadAllText(ExamplePath);

    /// <summary>The example with one line replaced; fails the test if the line is not there.</summary>
    public static string ExampleWith(string oldLine, string newLine)
    {
        var text = ExampleText;
        Assert.Contains(oldLine, text);
        return text.Replace(oldLine, newLine);
    }
}
