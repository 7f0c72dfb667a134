namespace Remiss.Templates;

/// <summary>The two documents made from a remiss file.</summary>
public enum DocumentKind
{
    /// <summary>The yttrande: the answer the department receives.</summary>
    Yttrande,

    /// <summary>The tjänsteutlåtande: the memo to the political committee.</summary>
    Tjansteutlatande,
}
