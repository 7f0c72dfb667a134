namespace Remiss.Templates.Archive;

/// <summary>
/// A document's electronic signature or seal and what checking it found, for the package's preservation metadata
/// (PREMIS <c>signatureInformation</c> and the signing and validation events) and its ERMS record.
/// </summary>
/// <param name="Signer">Who signed or sealed: the certificate's subject as people read it.</param>
/// <param name="SignedAt">When the signature was made.</param>
/// <param name="Method">The signature method, e.g. <c>PAdES-B-B RSA-SHA256</c>.</param>
/// <param name="Value">The signature value as stored (base64), or a digest of it.</param>
/// <param name="Verified">True when the signature verified.</param>
/// <param name="VerifiedAt">When it was verified.</param>
/// <param name="Verifier">What verified it and what it said, e.g. <c>pdfsig: Signature is Valid.</c></param>
public sealed record SignatureRecord(
    string Signer,
    DateTimeOffset SignedAt,
    string Method,
    string Value,
    bool Verified,
    DateTimeOffset VerifiedAt,
    string Verifier)
{
    /// <summary>The rules the signature was checked by (PREMIS <c>signatureValidationRules</c>).</summary>
    public string ValidationRules { get; init; } = "ETSI EN 319 142-1 (PAdES)";
}
