using ChatOps.Content;
using ChatOps.Tests.Content.Support;

namespace ChatOps.Tests.Content;

public sealed class ContentLibraryTests : IDisposable
{
    private readonly ContentFolder _folder = new();

    private const string Unified = """
        commonfields:
          id: unified-id
          version: -1
        name: Unified
        comment: A unified script.
        type: python
        subtype: python3
        dockerimage: demisto/python3-deb:3.11.2.1
        runonce: true
        args:
        - name: value
          required: true
          default: true
          description: What to print.
        - name: items
          isArray: true
          defaultValue: a,b
        - name: mode
          default: quick
        script: |-
          demisto.results(demisto.args()['value'])
        """;

    [Fact]
    public void A_unified_script_loads_with_every_field()
    {
        _folder.Write("Scripts/Unified/Unified.yml", Unified);

        var library = new ContentLibrary(_folder.Path);

        Assert.Empty(library.Errors);
        var script = library.Find("Unified")!;
        Assert.Equal(("unified-id", "A unified script.", "python", "python3", "demisto/python3-deb:3.11.2.1", true),
            (script.Id, script.Comment, script.Type, script.Subtype, script.DockerImage, script.RunOnce));
        Assert.Equal("demisto.results(demisto.args()['value'])", script.Code);
        Assert.Equal(
            [
                new ContentArgument("value", true, null, false, "What to print.", IsDefault: true),
                new ContentArgument("items", false, "a,b", true, ""),
                new ContentArgument("mode", false, "quick", false, ""),
            ],
            script.Args);
    }

    [Fact]
    public void A_split_script_takes_its_code_from_the_py_file_beside_it()
    {
        _folder.Write("Split/Split.yml", "commonfields:\n  id: Split\nname: Split\ntype: python\nsubtype: python2\nscript: ''\n")
            .Write("Split/Split.py", "demisto.results('from the py file')\n");

        var script = new ContentLibrary(_folder.Path).Find("Split")!;

        Assert.Equal("demisto.results('from the py file')\n", script.Code);
        Assert.True(script.IsPython2);
        Assert.Null(script.DockerImage);
    }

    [Fact]
    public void Broken_yaml_is_reported_with_file_and_line_and_the_rest_still_loads()
    {
        _folder.Write("a/Good.yml", Unified)
            .Write("b/Broken.yml", "commonfields:\n  id: Broken\nname: Broken\nargs:\n- name: x\n  description: [unclosed\nscript: x\n");

        var library = new ContentLibrary(_folder.Path);

        Assert.NotNull(library.Find("Unified"));
        var error = Assert.Single(library.Errors);
        Assert.EndsWith("Broken.yml", error.File);
        Assert.Equal(6, error.Line);
        Assert.StartsWith(error.File + ":6: ", error.ToString());
    }

    [Theory]
    [InlineData("name: X\ntype: ruby\nscript: x\n", 2, "type 'ruby' is not a content type: write python, javascript or powershell")]
    [InlineData("name: X\nsubtype: python4\nscript: x\n", 2, "subtype 'python4' is not supported: write python2 or python3")]
    [InlineData("comment: no name\nscript: x\n", 1, "'name' is missing")]
    [InlineData("name: Has Space\nscript: x\n", 1, "name 'Has Space' cannot be typed as !Has Space: use letters, digits, '_' and '-' only")]
    [InlineData("name: X\nscript: ''\n", 2, "script is empty and there is no Bad.py beside the YAML")]
    [InlineData("name: X\nargs:\n- name: a\n- name: a\nscript: x\n", 4, "argument 'a' is listed twice")]
    [InlineData("name: X\nscript: x\n  - wrong: indent\nmore: y\n", 3, "While scanning a plain scalar value, found invalid mapping.")]
    [InlineData("- just\n- a list\n", 1, "the file is not a YAML mapping (expected commonfields, name, script, ...)")]
    [InlineData("category: x\nscript:\n  type: python\n", 1, "'name' is missing")]
    [InlineData("name: X\nscript:\n  type: python\n  subtype: python4\n", 4, "subtype 'python4' is not supported: write python2 or python3")]
    [InlineData("name: X\nscript:\n  script: x\n  commands:\n  - description: no name\n", 5, "'name' is missing")]
    [InlineData("name: X\nconfiguration: url\nscript:\n  script: x\n", 2, "configuration must be a list of {name, display, type, required, defaultvalue}")]
    [InlineData("name: X\nscript:\n  script: ''\n", 3, "script is empty and there is no Bad.py beside the YAML")]
    public void A_script_or_integration_that_breaks_the_format_is_reported_with_its_line(string yaml, int line, string message)
    {
        _folder.Write("Bad.yml", yaml);

        var error = Assert.Single(new ContentLibrary(_folder.Path).Errors);

        Assert.Equal((line, message), (error.Line, error.Message));
    }

    [Fact]
    public void A_second_script_with_the_same_name_is_reported_and_the_first_kept()
    {
        _folder.Write("1/One.yml", "name: Same\nscript: one\n").Write("2/Two.yml", "name: Same\nscript: two\n");

        var library = new ContentLibrary(_folder.Path);

        Assert.Equal("one", library.Find("Same")!.Code);
        Assert.Contains("a script named Same was already loaded from", Assert.Single(library.Errors).Message);
    }

    [Fact]
    public void A_missing_folder_is_an_error_not_a_crash()
    {
        var library = new ContentLibrary(Path.Combine(_folder.Path, "nowhere"));

        Assert.Empty(library.Scripts);
        Assert.Contains("the content folder does not exist", Assert.Single(library.Errors).Message);
    }

    [Fact]
    public void The_shipped_content_loads_without_errors()
    {
        var library = new ContentLibrary(Execution.Support.RepositoryRoot.Content);

        Assert.Empty(library.Errors);
        Assert.Equal(["Base64Decode", "Base64Encode", "Base64RoundTrip", "ParseJsonToTable", "Print", "SetAndGetContext"], library.Scripts.Select(s => s.Name));
    }

    public void Dispose() => _folder.Dispose();
}
