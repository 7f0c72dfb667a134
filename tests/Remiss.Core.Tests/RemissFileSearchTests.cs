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
    [Fact]
    public void Links_to_folders_are_not_followed_so_loops_end_and_nothing_outside_is_listed()
    {
        using var folder = new TempFolder();
        using var outside = new TempFolder();
        var own = folder.Write("L/sou-2024-72.remiss.yaml", "");
        outside.Write("hemlig.remiss.yaml", "");
        Directory.CreateSymbolicLink(folder.File("L/a"), ".");
        Directory.CreateSymbolicLink(folder.File("L/b"), ".");
        Directory.CreateSymbolicLink(folder.File("L/upp"), "..");
        Directory.CreateSymbolicLink(folder.File("L/ut"), outside.Path);

        Assert.Equal([own], RemissFileSearch.Find(folder.Path));
        Assert.Equal([own], RemissFileSearch.Find(folder.File("L")));
    }

    [Fact]
    public void A_link_to_a_file_inside_the_folder_is_listed_but_not_one_to_a_file_outside()
    {
        using var folder = new TempFolder();
        using var outside = new TempFolder();
        var own = folder.Write("arkiv/sou-2024-72.remiss.yaml", "");
        var secret = outside.Write("hemlig.remiss.yaml", "");
        File.CreateSymbolicLink(folder.File("aktuell.remiss.yaml"), "arkiv/sou-2024-72.remiss.yaml");
        File.CreateSymbolicLink(folder.File("ut.remiss.yaml"), secret);
        File.CreateSymbolicLink(folder.File("trasig.remiss.yaml"), "finns-inte.remiss.yaml");
        File.CreateSymbolicLink(folder.File("slinga.remiss.yaml"), "slinga.remiss.yaml");
        Directory.CreateSymbolicLink(folder.File(".ut"), outside.Path);
        File.CreateSymbolicLink(folder.File("via-mapplank.remiss.yaml"), ".ut/hemlig.remiss.yaml");

        Assert.Equal([folder.File("aktuell.remiss.yaml"), own], RemissFileSearch.Find(folder.Path));
    }

    [Fact]
    public void The_walk_stops_at_its_depth_limit()
    {
        using var folder = new TempFolder();
        var shallow = folder.Write(string.Join('/', Enumerable.Repeat("d", RemissFileSearch.MaxDepth)) + "/a.remiss.yaml", "");
        folder.Write(string.Join('/', Enumerable.Repeat("d", RemissFileSearch.MaxDepth + 1)) + "/b.remiss.yaml", "");

        Assert.Equal([shallow], RemissFileSearch.Find(folder.Path));
    }
}
