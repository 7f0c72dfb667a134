using System.Security.Cryptography.X509Certificates;
using Remiss.Core;
using Remiss.Templates;

namespace Remiss.Cli.Commands;

/// <summary>
/// <c>render --seal CERT.p12</c>: the certificate and its password, from <c>--seal-password-file</c> (its first line) or
/// else <see cref="PasswordVariable"/>; never from the command line, where other users and the shell's history see it.
/// </summary>
internal static class SealOptions
{
    /// <summary>The environment variable that may hold the certificate's password.</summary>
    public const string PasswordVariable = "REMISS_SEAL_PASSWORD";

    /// <summary>
    /// The certificate of <paramref name="path"/>, or null when no seal was asked for or it cannot be used; then
    /// <paramref name="refused"/> says whether the reason (a located diagnostic) was written to standard error.
    /// </summary>
    public static X509Certificate2? Open(string? path, string? passwordFile, CliEnvironment env, out bool refused)
    {
        refused = false;
        if (path is null)
        {
            if (passwordFile is not null)
            {
                throw new UsageException("--seal-password-file: ange också certifikatet med --seal.");
            }

            return null;
        }

        string? password;
        Diagnostic? error = null;
        if (passwordFile is not null)
        {
            password = File.Exists(passwordFile) ? FirstLine(File.ReadAllText(passwordFile)) : null;
            if (password is null)
            {
                error = DiagnosticDescriptors.SealPasswordMissing.Create(passwordFile, SourceSpan.Start, "lösenordsfilen finns inte");
            }
        }
        else
        {
            password = env.Variable(PasswordVariable);
            if (password is null)
            {
                error = DiagnosticDescriptors.SealPasswordMissing.Create(path, SourceSpan.Start, "varken --seal-password-file eller " + PasswordVariable + " är angiven");
            }
        }

        var certificate = password is null ? null : SealCertificate.Open(path, password, out error);
        if (error is not null)
        {
            env.Error.WriteLine(error.ToString());
            refused = true;
        }

        return certificate;
    }

    /// <summary>The file's first line without its line break: a password file written by an editor ends in one.</summary>
    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text : text[..end];
    }
}
