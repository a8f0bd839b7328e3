using ChatOps.Policy;
using ChatOps.Tests.Policy.Support;

namespace ChatOps.Tests.Policy;

public sealed class TypoSquatDetectorTests(PopularNamesFixture popularNames) : IClassFixture<PopularNamesFixture>
{
    private readonly TypoSquatDetector _detector = popularNames.Detector;

    [Theory]
    [InlineData("reqeusts", "requests")]
    [InlineData("request", "requests")]
    [InlineData("python-requests", "requests")]
    [InlineData("djanga", "django")]
    [InlineData("beautifulsoup", "beautifulsoup4")]
    [InlineData("urlib3", "urllib3")]
    [InlineData("colourama", "colorama")]
    [InlineData("numpyy", "numpy")]
    [InlineData("reqests", "requests")]
    [InlineData("pandsa", "pandas")]
    [InlineData("requests-dev", "requests")]
    [InlineData("requests_python", "requests")]
    [InlineData("dateutil", "python-dateutil")]
    [InlineData("pythondateutil", "python-dateutil")]
    [InlineData("python-date-util", "python-dateutil")]
    [InlineData("djang0", "django")]
    [InlineData("nurnpy", "numpy")]
    [InlineData("reqυests", "requests")] // Greek upsilon
    [InlineData("rеquests", "requests")] // Cyrillic e
    [InlineData("sklearn", "scikit-learn")]
    [InlineData("Reqeusts", "requests")]
    public void A_likely_typo_is_caught_with_the_name_it_imitates(string name, string meant)
    {
        var suspicion = _detector.Inspect(name);

        Assert.NotNull(suspicion);
        Assert.Equal(meant, suspicion.Suggestion);
    }

    [Theory]
    [InlineData("reqeusts", "swapped letters")]
    [InlineData("reqests", "a missing letter")]
    [InlineData("numpyy", "a doubled letter")]
    [InlineData("djanga", "one letter changed")]
    [InlineData("djang0", "look-alike characters")]
    [InlineData("pythondateutil", "separators")]
    [InlineData("python-requests", "\"python-\" added to requests")]
    public void The_suspicion_says_how_the_names_differ(string name, string how)
    {
        Assert.Contains(how, _detector.Inspect(name)!.How);
    }

    [Theory]
    [InlineData("requests")]
    [InlineData("django")]
    [InlineData("Django")]
    [InlineData("beautifulsoup4")]
    [InlineData("urllib3")]
    [InlineData("numpy")]
    [InlineData("pandas")]
    [InlineData("boto3")]
    [InlineData("PyYAML")]
    [InlineData("typing_extensions")]
    [InlineData("python_dateutil")]
    [InlineData("websocket")] // popular itself although one letter from websockets
    [InlineData("fastai")] // popular itself although one letter from fastapi
    [InlineData("scipp")]
    public void A_true_popular_name_passes(string name)
    {
        Assert.Null(_detector.Inspect(name));
    }

    [Fact]
    public void A_few_hundred_names_sampled_across_the_shipped_list_all_pass()
    {
        var popular = PopularPackages.LoadEmbedded();
        var superseded = SupersededPackages.LoadEmbedded();
        var sample = popular.ByRank.Where((_, i) => i % 50 == 7).Where(name => superseded.Find(name) is null).ToList();

        var refused = sample.Where(name => _detector.Inspect(name) is not null).ToList();

        Assert.True(sample.Count >= 290, $"only {sample.Count} sampled");
        Assert.Empty(refused);
    }

    [Fact]
    public void The_shipped_list_holds_about_fifteen_thousand_names_best_first()
    {
        var popular = PopularPackages.LoadEmbedded();

        Assert.InRange(popular.Count, 14_000, 15_000);
        Assert.Equal(1, popular.RankOf(popular.ByRank[0]));
        Assert.Equal(6, popular.RankOf("requests"));
        Assert.Equal(popular.RankOf("pyyaml"), popular.RankOf(PackageName.Normalise("PyYAML")));
    }

    [Theory]
    [InlineData("flask-ext-foo-internal")]
    [InlineData("acme-incident-tools")]
    [InlineData("abc")]
    [InlineData("zz-top-secret-parser")]
    public void An_unrelated_unknown_name_is_not_taken_for_a_typo(string name)
    {
        Assert.Null(_detector.Inspect(name));
    }

    [Theory]
    [InlineData("Foo.Bar_baz", "foo-bar-baz")]
    [InlineData("PyYAML", "pyyaml")]
    [InlineData("a__b--c..d", "a-b-c-d")]
    public void Names_are_normalised_as_PEP_503_says(string name, string normalised)
    {
        Assert.Equal(normalised, PackageName.Normalise(name));
    }

    [Theory]
    [InlineData("requests", "reqeusts", 1)]
    [InlineData("requests", "requests", 0)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ca", "abc", 3)]
    public void Edit_distance_counts_a_swap_as_one_edit(string a, string b, int expected)
    {
        Assert.Equal(expected, OsaDistance.Compute(a, b, 5));
    }

    [Fact]
    public void Edit_distance_stops_counting_past_its_limit()
    {
        Assert.Equal(2, OsaDistance.Compute("completely", "different", 1));
    }
}
