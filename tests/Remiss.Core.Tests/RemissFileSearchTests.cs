using Remiss.Tests.Shared;

namespace Remiss.Core.Tests;

/// <summary>Which files of a folder tree are its remisser (what `remiss check .`, `deadlines` and `serve` list).</summary>
public sealed class RemissFileSearchTests
{
    [Fact]
    public void Every_remiss_file_below_the_folder_in_ordinal_order_but_not_build_output_or_hidden_folders()
    {
        using var folder = new TempFolder();
        var expected = new[]
        {
            folder.Write("b.remiss.yaml", ""),
            folder.Write("Region/a.remiss.yaml", ""),
            folder.Write("Region/2025/sou-2024-72.remiss.yaml", ""),
        };
        folder.Write("Region/Remiss.Example/bin/Debug/net10.0/sou-2024-72.remiss.yaml", "");
        folder.Write("Region/Remiss.Example/obj/sou-2024-72.remiss.yaml", "");
        folder.Write(".git/sou-2024-72.remiss.yaml", "");
        folder.Write("Region/organisation.yaml", "");
        folder.Write("Region/anteckning.yaml", "");

        var found = RemissFileSearch.Find(folder.Path);

        Assert.Equal(expected.Order(StringComparer.Ordinal), found);
    }

    [Fact]
    public void A_folder_that_does_not_exist_has_no_remiss_files()
    {
        using var folder = new TempFolder();

        Assert.Empty(RemissFileSearch.Find(folder.File("saknas")));
    }
}
