namespace Remiss.Cli.Output;

/// <summary>A file the user is to fill in (<c>remiss new</c>, <c>remiss init</c>): written whole, and never over an existing file.</summary>
internal static class NewFile
{
    /// <summary>
    /// Writes <paramref name="text"/> to <paramref name="path"/> and says so; false, after saying why on standard error
    /// with <paramref name="whatToDo"/>, when a file is already there.
    /// </summary>
    public static bool Create(CliEnvironment env, string path, string text, string whatToDo)
    {
        var bytes = AtomicFile.Utf8.GetBytes(text);
        try
        {
            AtomicFile.Write(path, stream => stream.Write(bytes), overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            env.Error.WriteLine($"remiss: {path} finns redan och skrivs inte över. {whatToDo}");
            return false;
        }

        env.Out.WriteLine($"Skapade {path}");
        return true;
    }
}
