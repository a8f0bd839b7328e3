using ChatOps.ContentUpdates;
using ChatOps.Tests.ContentUpdates.Support;

namespace ChatOps.Tests.ContentUpdates;

public sealed class ContentYamlScannerTests
{
    [Fact]
    public void Each_value_is_found_with_its_exact_span_and_quote_in_block_and_flow_style_with_crlf()
    {
        var items = ContentYamlScanner.Scan("Beta.yml", ContentFixtures.Beta).Concat(ContentYamlScanner.Scan("Gamma.yaml", ContentFixtures.Gamma)).ToList();

        var spans = items
            .SelectMany(item => item.Slots.Select(slot => (item, slot)))
            .Select(x => $"{x.item.Name} {x.slot.Key} [{x.slot.Quote}] {(x.item.RelativePath == "Beta.yml" ? ContentFixtures.Beta : ContentFixtures.Gamma)[x.slot.Start..x.slot.End]}")
            .ToList();
        Assert.Equal(
        [
            "Beta script.dockerimage ['] 'demisto/alpha:1.0.0.2'",
            "Beta script.alt_dockerimages[0] [\"] \"demisto/beta:2.1.0.5\"",
            "Beta script.alt_dockerimages[1] [] demisto/alpha:1.0.0.1",
            "Gamma dockerimage [\"] \"demisto/beta:2.1.0.5\"",
            "Gamma alt_dockerimages[0] [] demisto/alpha:1.0.0.1",
            "Gamma alt_dockerimages[1] ['] 'demisto/beta:2.1.0.4'",
            "Gamma alt_dockerimages[2] [\"] \"demisto/gamma:1.0.0.3\"",
        ], spans);
    }

    [Fact]
    public void The_item_is_named_by_its_id_then_its_name_then_its_file_and_opting_out_is_read()
    {
        var byId = ContentYamlScanner.Scan("a.yml", ContentFixtures.Delta).Single();
        var byName = ContentYamlScanner.Scan("b.yml", "name: Only\ndockerimage: demisto/a:1.0.0.1\n").Single();
        var byFile = ContentYamlScanner.Scan("c.yml", "dockerimage: demisto/a:1.0.0.1\n").Single();

        Assert.Equal(("Delta", false), (byId.Name, byId.AutoUpdate));
        Assert.Equal(("Only", true), (byName.Name, byName.AutoUpdate));
        Assert.Equal(("c.yml", true), (byFile.Name, byFile.AutoUpdate));
    }

    [Fact]
    public void Files_without_image_values_and_empty_values_give_no_items()
    {
        Assert.Empty(ContentYamlScanner.Scan("a.yml", "name: NoImage\nscript: print(1)\n"));
        Assert.Empty(ContentYamlScanner.Scan("b.yml", "name: Empty\ndockerimage: ''\nalt_dockerimages: []\n"));
        Assert.Empty(ContentYamlScanner.Scan("c.yml", ""));
        Assert.Empty(ContentYamlScanner.Scan("d.yml", "- dockerimage: demisto/a:1.0.0.1\n"));
    }

    [Theory]
    [InlineData("name: [Unclosed\ndockerimage: demisto/a:1.0.0.1\n")]
    [InlineData("name: 'Unclosed\ndockerimage: demisto/a:1.0.0.1\n")]
    [InlineData("a: b: c\n")]
    public void Text_that_is_not_yaml_is_a_yaml_error(string text)
    {
        Assert.ThrowsAny<YamlDotNet.Core.YamlException>(() => ContentYamlScanner.Scan("bad.yml", text));
    }
}
