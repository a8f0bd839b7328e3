using ChatOps.Images;
using ChatOps.Images.Check;

namespace ChatOps.Tests.Images.Check;

public sealed class ImageCheckTests
{
    private const string Answer = """chatops-image-check {"python": "3.11.2", "distributions": [{"name": "zeta", "version": "1.0", "licenseExpression": "MIT", "license": null, "classifiers": []}, {"name": "Alpha", "version": "2.0", "licenseExpression": null, "license": "BSD", "classifiers": ["License :: OSI Approved :: BSD License"]}], "osPackages": [{"name": "wget", "version": "1.21", "license": "GPL-3"}, {"name": "bash", "version": "5.2"}], "problems": ["os package curl is not installed"]}""";

    [Fact]
    public void An_answer_line_becomes_a_verification_sorted_by_name()
    {
        var verification = ImageCheck.Parse(Answer);

        Assert.Equal("3.11.2", verification.PythonVersion);
        Assert.Equal(["Alpha", "zeta"], verification.Distributions.Select(d => d.Name));
        Assert.Equal("BSD", verification.Distributions[0].License);
        Assert.Equal(["License :: OSI Approved :: BSD License"], verification.Distributions[0].Classifiers);
        Assert.Equal("MIT", verification.Distributions[1].LicenseExpression);
        Assert.Equal(["bash", "wget"], verification.OsPackages.Select(p => p.Name));
        // The licence is read for requested packages only; an answer without it (older, or not requested) has none.
        Assert.Equal([null, "GPL-3"], verification.OsPackages.Select(p => p.License));
        Assert.Equal(["os package curl is not installed"], verification.Problems);
    }

    [Theory]
    [InlineData("{\"python\": \"3.11.2\"}", "gave no answer")]
    [InlineData("chatops-image-check {not json", "unreadable")]
    [InlineData("chatops-image-check {\"python\": \"3.11.2\", \"problems\": []}", "incomplete")]
    public void What_is_not_a_whole_answer_is_refused_with_what_was_wrong(string line, string expected)
    {
        var error = Assert.Throws<ImageCreateException>(() => ImageCheck.Parse(line));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Among_output_lines_the_one_answer_is_found_and_no_answer_is_null()
    {
        Assert.Equal(Answer, ImageCheck.SingleAnswer(["Successfully installed x-1.0", Answer, "Removing intermediate container 1"]));
        Assert.Null(ImageCheck.SingleAnswer(["---> Using cache", "---> 35d3fd042fce"]));
    }

    [Fact]
    public void A_second_answer_means_something_imitates_the_check_and_nothing_is_believed()
    {
        var error = Assert.Throws<ImageCreateException>(() => ImageCheck.SingleAnswer([Answer, "chatops-image-check {\"python\": \"3.11.2\", \"distributions\": [], \"osPackages\": [], \"problems\": []}"]));

        Assert.Contains("imitates", error.Message);
    }

    [Fact]
    public void The_request_lists_names_sorted_so_the_same_spec_gives_the_same_bytes()
    {
        Assert.Equal("""{"distributions":["a","b"],"packages":["curl","wget"]}""", ImageCheck.Request(["b", "a"], ["wget", "curl"]));
    }
}
