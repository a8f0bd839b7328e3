using ChatOps.Replies;
using YamlDotNet.RepresentationModel;
using static ChatOps.Content.ContentYaml;

namespace ChatOps.Content;

/// <summary>
/// The language of an item (<c>type</c>, <c>subtype</c>) and whether it can run here. JavaScript and PowerShell
/// items are real content, not broken files: they load and are listed, with the reason they do not run.
/// </summary>
internal static class ContentLanguage
{
    public const string Python = "python";
    public const string Python2 = "python2";
    public const string Python3 = "python3";

    /// <summary>The type and subtype of a script (its root) or an integration (its <c>script:</c> mapping).</summary>
    public static (string Type, string Subtype) Read(YamlMappingNode map)
    {
        var type = OptionalScalar(map, "type") ?? Python;
        if (type is not (Python or "javascript" or "powershell"))
            throw new ContentFormatException($"type '{type}' is not a content type: write python, javascript or powershell", LineOf(map, "type"));
        var subtype = OptionalScalar(map, "subtype") ?? (type == Python ? Python3 : "");
        if (type == Python && subtype is not (Python2 or Python3))
            throw new ContentFormatException($"subtype '{subtype}' is not supported: write python2 or python3", LineOf(map, "subtype"));
        return (type, subtype);
    }

    /// <summary>Null when the item can run here, else why not, fit for chat (label is how the user names it).</summary>
    /// <param name="python2Available">Whether a default python2 image is configured (Executor:DefaultPython2Image).</param>
    public static string? NotRunnableReason(string label, string type, string subtype, string? dockerImage, bool python2Available) => type switch
    {
        "javascript" => $"{label} is JavaScript: only Python runs here",
        "powershell" => $"{label} is PowerShell: only Python runs here",
        _ when subtype == Python2 && dockerImage is null && !python2Available =>
            $"{label} is python2 and no python2 image is configured",
        _ => null,
    };

    /// <summary>
    /// What can be done about an item <see cref="NotRunnableReason"/> refused, in both voices (the setting is an
    /// admin's business); null when nothing can (JavaScript and PowerShell never run here).
    /// </summary>
    public static Remedy? NotRunnableRemedy(string subtype, string? dockerImage) =>
        subtype == Python2 && dockerImage is null
            ? new Remedy("Ask an admin to configure a python2 image for it.", "Set Executor:DefaultPython2Image, or give the item a dockerimage.")
            : null;
}
