using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.IO;

namespace Remiss.Templates.Tests.Pdf;

/// <summary>What a page's content stream does, operator by operator, read back with PDFsharp's own parser.</summary>
internal static class ContentStreams
{
    /// <summary>The operators of each page, in order, nested content flattened.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Operators(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        var pages = new List<IReadOnlyList<string>>();
        foreach (var page in document.Pages)
        {
            var operators = new List<string>();
            Collect(ContentReader.ReadContent(page), operators);
            pages.Add(operators);
        }

        return pages;
    }

    private static void Collect(CSequence sequence, List<string> operators)
    {
        foreach (var item in sequence)
        {
            switch (item)
            {
                case COperator op:
                    operators.Add(op.OpCode.Name);
                    break;
                case CSequence inner:
                    Collect(inner, operators);
                    break;
            }
        }
    }

    /// <summary>
    /// Checks a page: text objects and marked content nest properly (PDF 32000-1 §14.6: a marked-content sequence that
    /// begins in a text object ends in it), and every text and every painted path or image is inside marked content, so
    /// it is either tagged content or an artifact (the Matterhorn protocol's 01-005). Returns the problems found.
    /// </summary>
    public static IReadOnlyList<string> Problems(IReadOnlyList<string> operators)
    {
        var problems = new List<string>();
        var stack = new Stack<string>();
        for (var i = 0; i < operators.Count; i++)
        {
            var op = operators[i];
            switch (op)
            {
                case "BT":
                    stack.Push("BT");
                    break;
                case "ET":
                    if (stack.Count == 0 || stack.Pop() != "BT")
                    {
                        problems.Add($"ET at operator {i} closes marked content");
                    }

                    break;
                case "BMC" or "BDC":
                    stack.Push("MC");
                    break;
                case "EMC":
                    if (stack.Count == 0 || stack.Pop() != "MC")
                    {
                        problems.Add($"EMC at operator {i} closes a text object");
                    }

                    break;
                case "Tj" or "TJ" or "'" or "\"" or "S" or "s" or "f" or "F" or "f*" or "B" or "B*" or "b" or "b*" or "Do" or "sh":
                    if (!stack.Contains("MC"))
                    {
                        problems.Add($"{op} at operator {i} is neither tagged nor an artifact");
                    }

                    break;
            }
        }

        if (stack.Count > 0)
        {
            problems.Add($"{stack.Count} unclosed at the end of the page");
        }

        return problems;
    }
}
