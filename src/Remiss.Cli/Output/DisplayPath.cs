namespace Remiss.Cli.Output;

/// <summary>How the CLI shows a path it found itself (not one the user typed): relative to the current folder when below it.</summary>
internal static class DisplayPath
{
    public static string Of(string path)
    {
        if (!Path.IsPathRooted(path))
        {
            return path;
        }

        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }
}
