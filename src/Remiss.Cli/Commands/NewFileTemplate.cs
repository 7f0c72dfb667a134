namespace Remiss.Cli.Commands;

/// <summary>The command line's name for <see cref="Remiss.Templates.NewFileTemplate"/>, which the desk shares.</summary>
internal static class NewFileTemplate
{
    /// <inheritdoc cref="Remiss.Templates.NewFileTemplate.MissingMark"/>
    public const string MissingMark = Remiss.Templates.NewFileTemplate.MissingMark;
}
