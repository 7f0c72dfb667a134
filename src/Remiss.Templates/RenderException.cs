namespace Remiss.Templates;

/// <summary>A rendering failure the user can act on (template error, missing LibreOffice, …).</summary>
public sealed class RenderException : Exception
{
    /// <summary>Creates the exception; the message is shown to the user as is.</summary>
    public RenderException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
