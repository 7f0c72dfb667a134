using Remiss.Core;

namespace Remiss.Core.Tests;

/// <summary>The nearest-ancestor rule (ORGANISATION.md §1), on disk and over a set of paths.</summary>
public class OrganisationLocatorTests
{
    [Theory]
    [InlineData("/r/region/a.remiss.yaml", "/r/region/organisation.yaml")]
    [InlineData("/r/region/hsn/2025/a.remiss.yaml", "/r/region/hsn/organisation.yaml")]
    [InlineData("/r/region/x/a.remiss.yaml", "/r/region/organisation.yaml")]
    [InlineData("/r/kommun/a.remiss.yaml", "/r/kommun/organisation.yaml")]
    [InlineData("/r/a.remiss.yaml", null)]
    [InlineData("/r/regionen/a.remiss.yaml", null)]
    [InlineData("/r/region/./x/../a.remiss.yaml", "/r/region/organisation.yaml")]
    [InlineData("C:\\r\\kommun\\sub\\a.remiss.yaml", "C:/r/kommun/organisation.yaml")]
    public void Nearest_ancestor_among_known_paths(string remiss, string? expected)
    {
        string[] known =
        [
            "/r/region/organisation.yaml", "/r/region/hsn/organisation.yaml", "/r/kommun/organisation.yaml",
            "/r/region/x/other.yaml", "C:/r/kommun/organisation.yaml", "/r/region/hsn/2025/b/organisation.yaml",
        ];
        Assert.Equal(expected, OrganisationLocator.FindAmong(remiss, known));
        Assert.Equal(expected, OrganisationLocator.FindAmong(remiss, known.Reverse()));
    }

    [Fact]
    public void Nearest_ancestor_on_disk()
    {
        var root = Directory.CreateTempSubdirectory("remiss-locate-").FullName;
        try
        {
            var region = Directory.CreateDirectory(Path.Combine(root, "region", "hsn")).Parent!.FullName;
            var kommun = Directory.CreateDirectory(Path.Combine(root, "kommun")).FullName;
            File.WriteAllText(Path.Combine(region, "organisation.yaml"), string.Empty);
            File.WriteAllText(Path.Combine(kommun, "organisation.yaml"), string.Empty);
            Assert.Equal(Path.Combine(region, "organisation.yaml"), OrganisationLocator.Find(Path.Combine(region, "hsn", "a.remiss.yaml")));
            Assert.Equal(Path.Combine(kommun, "organisation.yaml"), OrganisationLocator.Find(Path.Combine(kommun, "a.remiss.yaml")));
            Assert.Null(OrganisationLocator.Find(Path.Combine(root, "a.remiss.yaml")));

            var cwd = Environment.CurrentDirectory;
            Environment.CurrentDirectory = kommun;
            try
            {
                Assert.Equal(Path.Combine(kommun, "organisation.yaml"), OrganisationLocator.Find("a.remiss.yaml"));
            }
            finally
            {
                Environment.CurrentDirectory = cwd;
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData("/r/region/a.remiss.yaml", "/r/region/organisation.yaml", "organisation.yaml")]
    [InlineData("/r/region/hsn/2025/a.remiss.yaml", "/r/region/organisation.yaml", "../../organisation.yaml")]
    [InlineData("/r/kommun/a.remiss.yaml", "/r/region/organisation.yaml", "../region/organisation.yaml")]
    [InlineData("region/a.remiss.yaml", "region/organisation.yaml", "organisation.yaml")]
    [InlineData("a.remiss.yaml", "/r/organisation.yaml", "/r/organisation.yaml")]
    [InlineData("C:\\r\\a.remiss.yaml", "D:\\r\\organisation.yaml", "D:\\r\\organisation.yaml")]
    [InlineData("C:\\r\\x\\a.remiss.yaml", "C:\\r\\organisation.yaml", "../organisation.yaml")]
    public void Messages_name_the_organisation_file_relative_to_the_remiss_file(string remiss, string organisation, string expected) =>
        Assert.Equal(expected, OrganisationLocator.Describe(remiss, organisation));

    [Theory]
    [InlineData("/a/b/region.wording.yaml", "/a/b/region.wording.yaml", true)]
    [InlineData("/a/b/../b/./region.wording.yaml", "/a/b/region.wording.yaml", true)]
    [InlineData("/a/b/region.wording.yaml", "/a/c/region.wording.yaml", false)]
    [InlineData("/a/b/region.wording.yaml", "/a/b/kommun.wording.yaml", false)]
    public void Same_file_whatever_the_spelling_of_its_path(string a, string b, bool expected) =>
        Assert.Equal(expected, OrganisationLocator.SameFile(a, b));

    [Theory]
    [InlineData("a/organisation.yaml", true)]
    [InlineData("a\\Organisation.YAML", true)]
    [InlineData("organisation.yaml", true)]
    [InlineData("a/my-organisation.yaml", false)]
    [InlineData("a/organisation.yml", false)]
    public void Organisation_files_are_known_by_name(string path, bool expected) =>
        Assert.Equal(expected, OrganisationLocator.IsOrganisationFile(path));
}
