namespace Remiss.Core;

// Sealed protocol extracts (issue 29 item 3): the certificate and its password, read before anything is rendered.
// RMS0320–RMS0329; docs/seal.md says how the seal is made.
public static partial class DiagnosticDescriptors
{
#pragma warning disable CS1591 // each descriptor's title documents it
    public static readonly DiagnosticDescriptor SealCertificateMissing = new("RMS0320", DiagnosticSeverity.Error, "Seal certificate file not found",
        "Certifikatfilen för förseglingen finns inte. Ange sökvägen till organisationens .p12- eller .pfx-fil med --seal; inget skrevs.");
    public static readonly DiagnosticDescriptor SealPasswordMissing = new("RMS0321", DiagnosticSeverity.Error, "No password for the seal certificate",
        "Lösenordet till certifikatet saknas: {0}. Lägg det i en fil som bara du kan läsa och ange den med --seal-password-file, eller sätt miljövariabeln REMISS_SEAL_PASSWORD; skriv det aldrig på kommandoraden. Inget skrevs.");
    public static readonly DiagnosticDescriptor SealCertificateUnreadable = new("RMS0322", DiagnosticSeverity.Error, "Seal certificate cannot be opened",
        "Certifikatfilen kan inte öppnas: fel lösenord, eller ingen PKCS #12-fil (.p12, .pfx). Kontrollera lösenordet (i filen eller REMISS_SEAL_PASSWORD) och att filen är den ni fått; inget skrevs.");
    public static readonly DiagnosticDescriptor SealCertificateNoKey = new("RMS0323", DiagnosticSeverity.Error, "Seal certificate without a private key",
        "Certifikatet i filen har ingen privat nyckel (eller en nyckel som inte är RSA eller ECDSA), så Remiss kan inte försegla med det. Exportera certifikatet med dess privata nyckel till en .p12-fil; inget skrevs.");
    public static readonly DiagnosticDescriptor SealNeedsNativePdf = new("RMS0324", DiagnosticSeverity.Error, "Seal or PDF/A with the LibreOffice engine",
        "{0} görs bara av Remiss egen PDF-motor, men pdf_engine är libreoffice. Ange --pdf-engine native (eller ta bort pdf_engine: libreoffice ur organisationsfilen); inget skrevs.");
#pragma warning restore CS1591

    /// <summary>Every code of this range, for the documentation test.</summary>
    public static IReadOnlyList<string> SealCodes { get; } =
        [SealCertificateMissing.Code, SealPasswordMissing.Code, SealCertificateUnreadable.Code, SealCertificateNoKey.Code, SealNeedsNativePdf.Code];
}
