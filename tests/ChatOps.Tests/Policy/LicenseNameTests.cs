using ChatOps.Images;
using ChatOps.Policy;
using Microsoft.Extensions.Options;

namespace ChatOps.Tests.Policy;

/// <summary>One licence name everywhere: the due-diligence table (the classifier's verdict) and the image card agree.</summary>
public sealed class LicenseNameTests
{
    private static readonly LicenseClassifier Classifier = new(Microsoft.Extensions.Options.Options.Create(new PolicyOptions()));

    [Theory]
    [InlineData(null, null, "License :: OSI Approved :: MIT License", "MIT")] // pip, setuptools, wheel
    [InlineData(null, "MIT License", "License :: OSI Approved :: MIT License", "MIT")]
    [InlineData(null, "Apache License, Version 2.0", "License :: OSI Approved :: Apache Software License", "Apache-2.0")]
    [InlineData(null, null, "License :: OSI Approved :: BSD License", "BSD")]
    [InlineData("Apache-2.0 OR MIT", "whatever the field says", "License :: OSI Approved :: MIT License", "Apache-2.0 OR MIT")]
    [InlineData(null, "BSD-3-Clause", null, "BSD-3-Clause")]
    [InlineData(null, null, null, "UNKNOWN")]
    public void The_table_and_the_card_name_a_licence_the_same_way(string? expression, string? license, string? classifier, string shown)
    {
        var distribution = new InstalledDistribution("p", "1.0", expression, license, classifier is null ? [] : [classifier]);

        Assert.Equal(shown, Classifier.Classify(distribution).License);
        Assert.Equal(shown, ImageCard.LicenseOf(distribution));
    }
}
