using ChatOps.Policy;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace ChatOps.Tests.Policy;

public sealed class LicenseClassifierTests
{
    private const string MitText = """
        Copyright (c) 2013-2024 Some Author

        Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
        documentation files (the "Software"), to deal in the Software without restriction, including without limitation
        the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software.
        """;

    private const string NumpyStyleBsdText = """
        Copyright (c) 2005-2024, NumPy Developers.
        All rights reserved.

        Redistribution and use in source and binary forms, with or without
        modification, are permitted provided that the following conditions are met:
        ...
        ----
        The NumPy repository and source distributions bundle several libraries that are
        compatibly licensed. Name: libgfortran  License: GPL-3.0-with-GCC-exception
        GCC RUNTIME LIBRARY EXCEPTION ... GNU GENERAL PUBLIC LICENSE Version 3
        """;

    private const string GplText = """
                            GNU GENERAL PUBLIC LICENSE
                               Version 3, 29 June 2007

         Copyright (C) 2007 Free Software Foundation, Inc. <https://fsf.org/>
         Everyone is permitted to copy and distribute verbatim copies
        """;

    private const string LgplText = """
                           GNU LESSER GENERAL PUBLIC LICENSE
                               Version 2.1, February 1999
         This version of the GNU Lesser General Public License incorporates the terms of the GNU General Public License
        """;

    private const string ApacheText = """
                                         Apache License
                                   Version 2.0, January 2004
                                http://www.apache.org/licenses/
        """;

    private const string IscText = """
        Copyright (c) 2020 Someone
        Permission to use, copy, modify, and/or distribute this software for any purpose with or without fee is hereby
        granted, provided that the above copyright notice and this permission notice appear in all copies.
        """;

    private const string UnlicenseText = """
        This is free and unencumbered software released into the public domain.
        Anyone is free to copy, modify, publish, use, compile, sell, or distribute this software.
        """;

    private static LicenseClassifier Classifier(PolicyOptions? options = null) => new(MsOptions.Create(options ?? new PolicyOptions()));

    private static LicenseVerdict Classify(string? expression = null, string? license = null, params string[] classifiers) =>
        Classifier().Classify(new InstalledDistribution("pkg", "1.0", expression, license, classifiers));

    [Theory]
    [InlineData("MIT")]
    [InlineData("Apache-2.0")]
    [InlineData("BSD-3-Clause")]
    [InlineData("BSD-2-Clause")]
    [InlineData("0BSD")]
    [InlineData("PSF-2.0")]
    [InlineData("MPL-2.0")]
    [InlineData("ISC")]
    [InlineData("Unlicense")]
    [InlineData("CC0-1.0")]
    [InlineData("LGPL-2.1-or-later")]
    [InlineData("LGPL-3.0-only")]
    [InlineData("Zlib")]
    [InlineData("HPND")]
    [InlineData("MIT OR GPL-3.0-or-later")]
    [InlineData("GPL-3.0-only OR MIT")]
    [InlineData("Apache-2.0 OR BSD-3-Clause")]
    [InlineData("(Apache-2.0 OR BSD-3-Clause) AND PSF-2.0")]
    [InlineData("BSD-3-Clause AND 0BSD AND MIT AND Zlib AND CC0-1.0")] // numpy 2.x
    [InlineData("Apache-2.0 WITH LLVM-exception")]
    [InlineData("mit or apache-2.0")]
    public void An_approved_license_expression_passes(string expression)
    {
        var verdict = Classify(expression);

        Assert.Equal(LicenseStatus.Approved, verdict.Status);
        Assert.False(verdict.Refused);
    }

    [Theory]
    [InlineData("GPL-3.0-only", "GPL-3.0-only (GPL)")]
    [InlineData("GPL-2.0-or-later", "GPL-2.0-or-later (GPL)")]
    [InlineData("AGPL-3.0-or-later", "AGPL-3.0-or-later (AGPL)")]
    [InlineData("SSPL-1.0", "SSPL-1.0 (SSPL)")]
    [InlineData("GPL-3.0-only AND MIT", "GPL-3.0-only (GPL)")]
    [InlineData("MIT AND (GPL-2.0-only OR AGPL-3.0-only)", "GPL-2.0-only (GPL), AGPL-3.0-only (AGPL)")]
    [InlineData("GPL-2.0-only WITH Classpath-exception-2.0", "GPL-2.0-only (GPL)")]
    [InlineData("LicenseRef-Proprietary", "LicenseRef-Proprietary (Proprietary)")]
    [InlineData("BUSL-1.1", "BUSL-1.1 (BUSL)")]
    [InlineData("EPL-2.0", "EPL-2.0 (EPL 2.0)")]
    [InlineData("CC-BY-NC-4.0", "CC-BY-NC-4.0 (CC-BY-NC)")]
    public void An_unapproved_license_expression_is_refused_naming_the_licence(string expression, string named)
    {
        var verdict = Classify(expression);

        Assert.Equal(LicenseStatus.Unapproved, verdict.Status);
        Assert.True(verdict.Refused);
        Assert.Equal($"licence not approved: {named}", verdict.Reason);
        Assert.Equal(expression, verdict.License);
    }

    [Theory]
    [InlineData("MIT AND")]
    [InlineData("(MIT OR Apache-2.0")]
    [InlineData("MIT License")]
    public void A_license_expression_that_is_not_SPDX_is_unknown(string expression)
    {
        Assert.Equal(LicenseStatus.Unknown, Classify(expression).Status);
    }

    [Theory]
    [InlineData("MIT", "MIT", "MIT")]
    [InlineData("MIT License", "MIT", "MIT")]
    [InlineData("BSD", "BSD", "BSD")]
    [InlineData("BSD License", "BSD", "BSD")]
    [InlineData("new BSD License", "BSD", "BSD")]
    [InlineData("BSD-3-Clause", "BSD", "BSD-3-Clause")]
    [InlineData("3-Clause BSD License", "BSD", "BSD")]
    [InlineData("Apache 2.0", "Apache 2.0", "Apache-2.0")]
    [InlineData("Apache License 2.0", "Apache 2.0", "Apache-2.0")]
    [InlineData("Apache License, Version 2.0", "Apache 2.0", "Apache-2.0")]
    [InlineData("Apache Software License", "Apache 2.0", "Apache-2.0")]
    [InlineData("Apache-2.0", "Apache 2.0", "Apache-2.0")]
    [InlineData("PSF", "PSF", "PSF-2.0")]
    [InlineData("Python Software Foundation License", "PSF", "PSF-2.0")]
    [InlineData("MPL-2.0", "MPL 2.0", "MPL-2.0")]
    [InlineData("Mozilla Public License 2.0 (MPL 2.0)", "MPL 2.0", "MPL-2.0")]
    [InlineData("LGPL", "LGPL", "LGPL")]
    [InlineData("LGPLv3+", "LGPL", "LGPLv3+")]
    [InlineData("GNU Lesser General Public License v2 or later (LGPLv2+)", "LGPL", "LGPL")]
    [InlineData("ISC license", "ISC", "ISC")]
    [InlineData("Public Domain", "Public Domain", "Public Domain")]
    [InlineData("The Unlicense", "Unlicense", "Unlicense")]
    [InlineData("zlib/libpng", "zlib/libpng", "Zlib")]
    [InlineData("ZPL 2.1", "ZPL", "ZPL")]
    [InlineData("HPND", "HPND", "HPND")]
    [InlineData("Dual License: MIT OR Apache-2.0", "MIT", "MIT")]
    public void A_short_approved_License_field_passes_shown_by_its_SPDX_id_where_the_family_has_one(string license, string family, string shown)
    {
        var verdict = Classify(license: license);

        Assert.Equal(LicenseStatus.Approved, verdict.Status);
        Assert.Contains(family, verdict.Reason);
        Assert.Equal(shown, verdict.License);
    }

    [Theory]
    [InlineData("GPL", "GPL")]
    [InlineData("GPLv3", "GPL")]
    [InlineData("GNU GPL v2", "GPL")]
    [InlineData("GNU General Public License v3 or later (GPLv3+)", "GPL")]
    [InlineData("AGPL-3.0", "AGPL")]
    [InlineData("GNU Affero General Public License v3", "AGPL")]
    [InlineData("SSPL", "SSPL")]
    [InlineData("Proprietary", "Proprietary")]
    [InlineData("Commercial", "Proprietary")]
    [InlineData("Copyright 2024 Acme Corp. All rights reserved.", "Proprietary")]
    [InlineData("MPL 1.1", "MPL 1.x")]
    [InlineData("Eclipse Public License 2.0", "EPL 2.0")]
    public void A_short_unapproved_License_field_is_refused(string license, string family)
    {
        var verdict = Classify(license: license);

        Assert.Equal(LicenseStatus.Unapproved, verdict.Status);
        Assert.StartsWith("licence not approved: ", verdict.Reason);
        Assert.Contains(family, verdict.Reason);
    }

    [Theory]
    [InlineData(MitText, "MIT")]
    [InlineData(NumpyStyleBsdText, "BSD")]
    [InlineData(ApacheText, "Apache-2.0")]
    [InlineData(LgplText, "LGPL")]
    [InlineData(IscText, "ISC")]
    [InlineData(UnlicenseText, "Unlicense")]
    public void A_whole_approved_licence_text_in_License_is_recognised_by_its_phrases(string text, string shown)
    {
        var verdict = Classify(license: text);

        Assert.Equal(LicenseStatus.Approved, verdict.Status);
        Assert.Equal(shown, verdict.License);
    }

    [Fact]
    public void A_whole_GPL_text_in_License_is_refused()
    {
        var verdict = Classify(license: GplText);

        Assert.Equal(LicenseStatus.Unapproved, verdict.Status);
        Assert.Equal("GPL", verdict.License);
        Assert.Equal("licence not approved: GPL", verdict.Reason);
    }

    [Theory]
    [InlineData("License :: OSI Approved :: MIT License", "MIT")]
    [InlineData("License :: OSI Approved :: BSD License", "BSD")]
    [InlineData("License :: OSI Approved :: Apache Software License", "Apache-2.0")]
    [InlineData("License :: OSI Approved :: Python Software Foundation License", "PSF-2.0")]
    [InlineData("License :: OSI Approved :: Mozilla Public License 2.0 (MPL 2.0)", "MPL-2.0")]
    [InlineData("License :: OSI Approved :: GNU Library or Lesser General Public License (LGPL)", "LGPL")]
    [InlineData("License :: OSI Approved :: ISC License (ISCL)", "ISC")]
    [InlineData("License :: OSI Approved :: The Unlicense (Unlicense)", "Unlicense")]
    [InlineData("License :: Public Domain", "Public Domain")]
    [InlineData("License :: OSI Approved :: zlib/libpng License", "Zlib")]
    [InlineData("License :: OSI Approved :: Zope Public License", "ZPL")]
    [InlineData("License :: OSI Approved :: Academic Free License (AFL)", "AFL")]
    [InlineData("License :: OSI Approved :: Artistic License", "Artistic")]
    [InlineData("License :: OSI Approved :: Eclipse Public License 1.0 (EPL-1.0)", "EPL-1.0")]
    [InlineData("License :: OSI Approved :: Universal Permissive License (UPL)", "UPL-1.0")]
    [InlineData("License :: OSI Approved :: Historical Permission Notice and Disclaimer (HPND)", "HPND")]
    [InlineData("License :: OSI Approved :: MIT No Attribution License (MIT-0)", "MIT")]
    [InlineData("License :: CC0 1.0 Universal (CC0 1.0) Public Domain Dedication", "Public Domain")]
    public void An_approved_licence_classifier_passes(string classifier, string shown)
    {
        var verdict = Classify(null, "UNKNOWN", "Programming Language :: Python :: 3", "License :: OSI Approved", classifier);

        Assert.Equal(LicenseStatus.Approved, verdict.Status);
        Assert.Equal(shown, verdict.License);
    }

    [Theory]
    [InlineData("License :: OSI Approved :: GNU General Public License v3 (GPLv3)", "GPL")]
    [InlineData("License :: OSI Approved :: GNU General Public License v2 or later (GPLv2+)", "GPL")]
    [InlineData("License :: OSI Approved :: GNU Affero General Public License v3", "AGPL")]
    [InlineData("License :: Other/Proprietary License", "Proprietary")]
    [InlineData("License :: OSI Approved :: Eclipse Public License 2.0 (EPL-2.0)", "EPL 2.0")]
    [InlineData("License :: OSI Approved :: Mozilla Public License 1.1 (MPL 1.1)", "MPL 1.x")]
    [InlineData("License :: Freely Distributable", "Freely Distributable")]
    public void An_unapproved_licence_classifier_is_refused(string classifier, string family)
    {
        var verdict = Classify(null, "", classifier);

        Assert.Equal(LicenseStatus.Unapproved, verdict.Status);
        Assert.Equal($"licence not approved: {family}", verdict.Reason);
    }

    [Fact]
    public void Several_classifiers_must_all_be_approved_since_they_cannot_say_either_or()
    {
        var both = Classify(null, null, "License :: OSI Approved :: MIT License", "License :: OSI Approved :: GNU General Public License v3 (GPLv3)");
        var dual = Classify(null, null, "License :: OSI Approved :: Apache Software License", "License :: OSI Approved :: BSD License"); // python-dateutil

        Assert.Equal(LicenseStatus.Unapproved, both.Status);
        Assert.Equal("licence not approved: GPL", both.Reason);
        Assert.Equal(LicenseStatus.Approved, dual.Status);
    }

    [Fact]
    public void License_Expression_outranks_the_License_field_and_the_classifiers()
    {
        var verdict = Classify("MIT", "GPL", "License :: OSI Approved :: GNU General Public License v3 (GPLv3)");

        Assert.Equal(LicenseStatus.Approved, verdict.Status);
        Assert.Equal("MIT", verdict.License);
    }

    [Fact]
    public void A_License_field_that_disagrees_with_a_classifier_is_refused_on_the_unapproved_one()
    {
        var verdict = Classify(null, "MIT", "License :: OSI Approved :: GNU General Public License v2 (GPLv2)");

        Assert.Equal(LicenseStatus.Unapproved, verdict.Status);
        Assert.Equal("licence not approved: GPL", verdict.Reason);
    }

    [Fact]
    public void A_dual_licence_in_License_explains_the_classifiers_that_name_both()
    {
        var verdict = Classify(null, "MIT OR GPL-3.0-or-later",
            "License :: OSI Approved :: MIT License", "License :: OSI Approved :: GNU General Public License v3 or later (GPLv3+)");

        Assert.Equal(LicenseStatus.Approved, verdict.Status);
        Assert.Equal("MIT OR GPL-3.0-or-later", verdict.License);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("UNKNOWN")]
    [InlineData("   ")]
    [InlineData("LICENSE.txt")]
    public void No_licence_at_all_is_unknown_and_refused(string? license)
    {
        var verdict = Classify(null, license, "Programming Language :: Python :: 3", "License :: OSI Approved");

        Assert.Equal(LicenseStatus.Unknown, verdict.Status);
        Assert.True(verdict.Refused);
        Assert.Equal("licence unknown: License-Expression, License and the licence classifiers are all empty", verdict.Reason);
    }

    [Fact]
    public void An_unrecognisable_licence_text_is_unknown_and_quoted()
    {
        var verdict = Classify(null, "see the file COPYING in the source");

        Assert.Equal(LicenseStatus.Unknown, verdict.Status);
        Assert.Equal("licence unknown: \"see the file COPYING in the source\" names no licence we recognise", verdict.Reason);
    }

    [Fact]
    public void A_licence_exception_lets_a_refused_package_through_with_its_reason()
    {
        var options = new PolicyOptions { LicenseExceptions = new() { ["Some_Gpl.Tool"] = "approved by legal, ticket LEGAL-12" } };

        var verdict = Classifier(options).Classify(new InstalledDistribution("some-gpl-tool", "2.0", "GPL-3.0-only", null, []));

        Assert.Equal(LicenseStatus.Excepted, verdict.Status);
        Assert.False(verdict.Refused);
        Assert.StartsWith("licence exception granted by an admin: approved by legal, ticket LEGAL-12", verdict.Reason);
    }

    [Fact]
    public void A_licence_exception_for_another_package_changes_nothing()
    {
        var options = new PolicyOptions { LicenseExceptions = new() { ["other"] = "approved" } };

        var verdict = Classifier(options).Classify(new InstalledDistribution("some-gpl-tool", "2.0", "GPL-3.0-only", null, []));

        Assert.Equal(LicenseStatus.Unapproved, verdict.Status);
    }

    [Fact]
    public void Configured_approved_licences_replace_the_defaults_and_may_name_SPDX_ids()
    {
        var options = new PolicyOptions { ApprovedLicenses = ["MIT", "GPL-3.0-only"] };
        var classifier = Classifier(options);

        Assert.Equal(LicenseStatus.Approved, classifier.Classify(new InstalledDistribution("a", "1", "GPL-3.0-only", null, [])).Status);
        Assert.Equal(LicenseStatus.Unapproved, classifier.Classify(new InstalledDistribution("b", "1", "GPL-2.0-only", null, [])).Status);
        Assert.Equal(LicenseStatus.Unapproved, classifier.Classify(new InstalledDistribution("c", "1", "BSD-3-Clause", null, [])).Status);
    }

    [Fact]
    public void A_long_licence_is_shortened_for_the_table()
    {
        var verdict = Classify(null, "Licensed under the terms of something long and winding, see the website for details and more");

        Assert.True(verdict.License.Length <= 60);
        Assert.EndsWith("…", verdict.License);
    }
}
