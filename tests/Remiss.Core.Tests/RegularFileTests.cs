using Remiss.Tests.Shared;

namespace Remiss.Core.Tests;

/// <summary>
/// Every read of a folder's files (Core's <see cref="RegularFile"/>): the attacks of issue 26 with real FIFOs, sockets,
/// devices, sparse files and links, each refused as a located diagnostic without waiting or reading the whole file.
/// </summary>
public sealed class RegularFileTests
{
    private const int Cap = 1024 * 1024;

    /// <summary>How long a read may take before the test calls it a hang (far above any real read: no timing is asserted).</summary>
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(30);

    [Fact]
    public void A_regular_file_is_read_whole()
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.remiss.yaml", "format: remiss/1\n");

        Assert.Equal("format: remiss/1\n"u8.ToArray(), RegularFile.Read(path, Cap, out var failure, folder.Path));
        Assert.Null(failure);
    }

    [Fact]
    public void On_linux_files_are_opened_through_libc_without_following_links_and_checked_on_the_handle()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var folder = new TempFolder();
        RegularFile.Read(folder.Write("a.remiss.yaml", "a"), Cap, out _, folder.Path);

        Assert.True(LinuxFiles.IsSupported, "the portable fallback was used on Linux");
    }

    [Fact]
    public void A_fifo_is_refused_at_once_instead_of_waiting_for_a_writer()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        var fifo = SpecialFiles.Fifo(folder.File("fifo.remiss.yaml"));

        foreach (var within in new[] { folder.Path, null })
        {
            var failure = Refusal(fifo, within);
            Assert.Equal("RMS0180", failure.Code);
            Assert.Contains("ingen vanlig fil utan en namngiven pipe (FIFO)", failure.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_socket_a_device_and_a_folder_are_not_regular_files()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var folder = new TempFolder();
        using var socket = SpecialFiles.UnixSocket(folder.File("s.remiss.yaml"));
        Directory.CreateDirectory(folder.File("mapp.remiss.yaml"));

        Assert.Equal("RMS0180", Refusal(folder.File("s.remiss.yaml"), folder.Path).Code);
        Assert.Equal("RMS0180", Refusal(folder.File("mapp.remiss.yaml"), folder.Path).Code);
        Assert.Contains("en enhetsfil", Refusal("/dev/zero", null).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sparse_file_over_the_cap_is_refused_by_its_size_without_being_read()
    {
        using var folder = new TempFolder();
        // 1.9 GB as in the probe: reading it would take seconds and gigabytes; the size on the handle takes neither.
        var big = SpecialFiles.Sparse(folder.File("big.remiss.yaml"), 1_900L * 1024 * 1024);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var failure = Refusal(big, folder.Path);

        Assert.Equal("RMS0003", failure.Code);
        Assert.Contains("1992294400 byte", failure.Message, StringComparison.Ordinal);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < Cap, "the refused file was read");
    }

    [Fact]
    public void A_file_of_exactly_the_cap_is_read_and_one_byte_more_is_not()
    {
        using var folder = new TempFolder();

        Assert.Equal(Cap, RegularFile.Read(SpecialFiles.Sparse(folder.File("a.yaml"), Cap), Cap, out _, folder.Path)!.Length);
        Assert.Equal("RMS0003", Refusal(SpecialFiles.Sparse(folder.File("b.yaml"), Cap + 1), folder.Path).Code);
    }

    [Fact]
    public void A_link_out_of_the_folder_is_never_read_even_when_it_replaced_a_listed_file()
    {
        using var folder = new TempFolder();
        using var outside = new TempFolder();
        var secret = outside.Write("hemlig.remiss.yaml", "remiss:\n  title: Hemlig\n");
        var listed = folder.Write("F.remiss.yaml", "format: remiss/1\n");
        Assert.Equal([listed], RemissFileSearch.Find(folder.Path));

        SpecialFiles.ReplaceWithLink(listed, secret);

        var failure = Refusal(listed, folder.Path);
        Assert.Equal("RMS0181", failure.Code);
        Assert.Contains($"leder till en vanlig fil i mappen '{folder.Path}'", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_dev_zero_is_refused_without_reading()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        var listed = folder.Write("F.remiss.yaml", "format: remiss/1\n");
        SpecialFiles.ReplaceWithLink(listed, "/dev/zero");

        Assert.Equal("RMS0181", Refusal(listed, folder.Path).Code);
        // Named by the user, the link is followed, and the device is still not read.
        Assert.Equal("RMS0180", Refusal(listed, null).Code);
    }

    [Fact]
    public void A_link_to_a_file_inside_the_folder_is_read_as_the_listing_promises()
    {
        using var folder = new TempFolder();
        folder.Write("arkiv/sou.remiss.yaml", "inne\n");
        File.CreateSymbolicLink(folder.File("aktuell.remiss.yaml"), "arkiv/sou.remiss.yaml");

        Assert.Equal("inne\n"u8.ToArray(), RegularFile.Read(folder.File("aktuell.remiss.yaml"), Cap, out var failure, folder.Path));
        Assert.Null(failure);
    }

    [Fact]
    public void A_folder_on_the_way_replaced_by_a_link_out_is_not_followed()
    {
        using var folder = new TempFolder();
        using var outside = new TempFolder();
        outside.Write("F.remiss.yaml", "hemlig\n");
        var listed = folder.Write("sub/F.remiss.yaml", "egen\n");
        Directory.Delete(folder.File("sub"), recursive: true);
        Directory.CreateSymbolicLink(folder.File("sub"), outside.Path);

        Assert.Equal("RMS0181", Refusal(listed, folder.Path).Code);
    }

    [Fact]
    public void A_dangling_link_and_a_link_loop_are_refused()
    {
        using var folder = new TempFolder();
        File.CreateSymbolicLink(folder.File("borta.remiss.yaml"), "finns-inte.remiss.yaml");
        File.CreateSymbolicLink(folder.File("a.remiss.yaml"), "b.remiss.yaml");
        File.CreateSymbolicLink(folder.File("b.remiss.yaml"), "a.remiss.yaml");

        Assert.Equal("RMS0181", Refusal(folder.File("borta.remiss.yaml"), folder.Path).Code);
        Assert.Equal("RMS0181", Refusal(folder.File("a.remiss.yaml"), folder.Path).Code);
    }

    [Fact]
    public void A_missing_file_is_the_loaders_unreadable_file()
    {
        using var folder = new TempFolder();

        Assert.Equal("RMS0007", Refusal(folder.File("saknas.remiss.yaml"), folder.Path).Code);
        Assert.Equal("RMS0007", Refusal(folder.File("saknas.remiss.yaml"), null).Code);
    }

    [Fact]
    public void The_loaders_read_through_it_so_check_reports_a_fifo_at_the_file()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        var fifo = SpecialFiles.Fifo(folder.File("fifo.remiss.yaml"));
        SpecialFiles.Fifo(folder.File("organisation.yaml"));

        var remiss = Bounded(() => RemissLoader.LoadFile(fifo));
        var workspace = Bounded(() => new RemissWorkspace(new WorkspaceOptions { Source = FileSystemSource.Within([folder.Path]) }).Load(fifo));
        var organisation = Bounded(() => OrganisationLoader.LoadFile(folder.File("organisation.yaml")));

        Assert.Equal("RMS0180", Assert.Single(remiss.Diagnostics).Code);
        Assert.Equal("RMS0180", Assert.Single(organisation.Diagnostics).Code);
        Assert.Contains(workspace.AllDiagnostics, d => d.Code == "RMS0180");
    }

    [Fact]
    public void A_folder_that_cannot_be_read_is_reported_by_the_scan()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName == "root")
        {
            return;
        }

        using var folder = new TempFolder();
        folder.Write("stängd/a.remiss.yaml", "");
        var open = folder.Write("öppen/b.remiss.yaml", "");
        File.SetUnixFileMode(folder.File("stängd"), UnixFileMode.None);
        try
        {
            var scan = RemissFileSearch.Scan(folder.Path);

            Assert.Equal([open], scan.Files);
            Assert.Equal([folder.File("stängd")], scan.Unreadable);
        }
        finally
        {
            File.SetUnixFileMode(folder.File("stängd"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static Diagnostic Refusal(string path, string? within)
    {
        var (bytes, failure) = Bounded(() => (RegularFile.Read(path, Cap, out var failure, within), failure));
        Assert.Null(bytes);
        Assert.Equal(path, failure!.FilePath);
        return failure;
    }

    /// <summary>The work's result, on a thread of its own so that a read that waits fails the test instead of hanging it.</summary>
    private static T Bounded<T>(Func<T> work)
    {
        var result = default(T)!;
        var thread = new Thread(() => result = work()) { IsBackground = true };
        thread.Start();
        Assert.True(thread.Join(Hang), "the read did not return (it waits, as on a FIFO)");
        return result;
    }
}
