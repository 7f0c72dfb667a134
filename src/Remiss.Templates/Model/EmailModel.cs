using Remiss.Core;
using Scriban.Runtime;

namespace Remiss.Templates.Model;

/// <summary>
/// The globals of the covering text template (<c>epost.txt.scriban</c>): one object <c>email</c> with Core's sentences
/// and the plain values they are made of. The text is plain, so nothing is Markdown-escaped; as for the documents only
/// strings and arrays of strings reach Scriban.
/// </summary>
internal static class EmailModel
{
    public static ScriptObject Build(RemissFile file)
    {
        var remiss = file.Remiss;
        var email = new ScriptObject
        {
            ["subject"] = DeliveryWording.Subject(file),
            ["salutation"] = DeliveryWording.Salutation(remiss),
            ["enclosing"] = DeliveryWording.Enclosing(file),
            ["decided_by"] = DeliveryWording.DecidedBy(file) ?? string.Empty,
            ["their_reference"] = DeliveryWording.TheirReference(remiss) ?? string.Empty,
            ["our_reference"] = DeliveryWording.OurReference(file.Case),
            ["attachments"] = DeliveryWording.Attachments,
            ["closing"] = DeliveryWording.Closing,
            ["senders"] = Array(DeliveryWording.Senders(file.Case)),
            ["organisation"] = file.Case.Organisation,
            ["department"] = remiss.Department,
            ["department_dnr"] = remiss.DepartmentDnr?.Text ?? string.Empty,
            ["dnr"] = file.Case.Dnr,
            ["response_title"] = StandardWording.ResponseTitle(remiss),
            ["document_name"] = StandardWording.DocumentName(remiss),
            ["attachment_names"] = Array([OutputNames.FileName(file, DocumentKind.Yttrande, OutputFormat.Docx), OutputNames.FileName(file, DocumentKind.Yttrande, OutputFormat.Pdf)]),
            ["to"] = Array(remiss.ReplyTo),
            ["cc"] = Array(remiss.ReplyCc),
        };
        return new ScriptObject { ["email"] = email };
    }

    private static ScriptArray Array(IEnumerable<string> items)
    {
        var array = new ScriptArray();
        foreach (var item in items)
        {
            array.Add(item);
        }

        return array;
    }
}
