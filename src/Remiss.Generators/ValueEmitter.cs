using System.Text;
using Remiss.Core;

namespace Remiss.Generators;

/// <summary>
/// Writes Core values as C# that builds them with Core's public constructors and factory methods, one
/// argument a line; the emitters of remiss files and organisation files share it.
/// </summary>
internal abstract class ValueEmitter
{
    private readonly StringBuilder _out = new();
    private int _indent;

    /// <summary>What has been written.</summary>
    protected string Text => _out.ToString();

    protected static string Str(string? value) => CSharp.Literal(value);

    protected static string Date(CalendarDate? date) => date is { } d ? $"new {CSharp.Core}CalendarDate({d.Year}, {d.Month}, {d.Day})" : "null";

    protected static string Date(CalendarDate date) => Date((CalendarDate?)date);

    /// <summary>A signatory (an yttrande's, or who certifies a justering notice), or <c>null</c>.</summary>
    protected static string Signatory(Signatory? s) => s is null ? "null" : $"new {CSharp.Core}Signatory(Name: {Str(s.Name)}, Role: {Str(s.Role)})";

    protected void Strings(EquatableArray<string> items) => Array("string", items, Str);

    /// <summary>An EquatableArray: <c>default</c> when empty (that is its empty value), else one item a line.</summary>
    protected void Array<T>(string type, EquatableArray<T> items, Func<T, string> item)
    {
        var fullType = type == "string" ? "string" : CSharp.Core + type;
        if (items.IsEmpty)
        {
            Append($"{CSharp.Core}EquatableArray<{fullType}>.Empty");
            return;
        }

        Append($"{CSharp.Core}EquatableArray.Create<{fullType}>(\n");
        _indent++;
        for (var i = 0; i < items.Count; i++)
        {
            Write(item(items[i]) + (i < items.Count - 1 ? ",\n" : ")"));
        }

        _indent--;
    }

    protected void New(string type, params Action[] arguments)
    {
        Append($"new {CSharp.Core}{type}(\n");
        _indent++;
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i]();
            Append(i < arguments.Length - 1 ? ",\n" : ")");
        }

        _indent--;
    }

    /// <summary>Starts a named argument on a new line; writes its value too when given.</summary>
    protected void Named(string name, string? value)
    {
        Indent();
        Append($"{name}: {value}");
    }

    protected void Line(string text)
    {
        if (text.Length > 0)
        {
            Indent();
        }

        Append(text + "\n");
    }

    protected void Write(string text)
    {
        Indent();
        Append(text);
    }

    protected void Open()
    {
        Line("{");
        _indent++;
    }

    protected void Close()
    {
        _indent--;
        Line("}");
    }

    protected void Indent() => _out.Append(' ', _indent * 4);

    protected void Append(string text) => _out.Append(text);
}
