using System.Text.Json;
using ChatOps.Policy;
using ChatOps.Storage;

namespace ChatOps.Images.Check;

/// <summary>
/// The check that looks inside an image (Check/image_check.py, embedded): what it is asked, how its one line of
/// answer is recognised, and how that answer becomes an <see cref="ImageVerification"/>. The same script runs at
/// the end of the generated Dockerfile and, for images built elsewhere, in a short container.
/// </summary>
internal static class ImageCheck
{
    /// <summary>What starts the check's answer line; anything else in the output is ordinary log.</summary>
    public const string Marker = "chatops-image-check ";

    public const string ScriptFile = "chatops-image-check.py";
    public const string RequestFile = "chatops-image-check.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Script { get; } = ReadScript();

    /// <summary>The request as the script reads it: names only, already validated, in a stable order.</summary>
    public static string Request(IEnumerable<string> distributions, IEnumerable<string> packages) =>
        JsonSerializer.Serialize(new
        {
            distributions = distributions.Order(StringComparer.Ordinal).ToList(),
            packages = packages.Order(StringComparer.Ordinal).ToList(),
        }, Json);

    public static bool IsAnswer(string line) => line.StartsWith(Marker, StringComparison.Ordinal);

    /// <summary>
    /// The one answer among output lines, or null when there is none (a cached build step prints nothing). The
    /// check prints exactly one; a second can only come from something installed imitating it, and then neither
    /// can be believed.
    /// </summary>
    /// <exception cref="ImageCreateException">More than one answer.</exception>
    public static string? SingleAnswer(IEnumerable<string> lines)
    {
        var answers = lines.Where(IsAnswer).Take(2).ToList();
        if (answers.Count > 1)
            throw new ImageCreateException("the image check answered more than once where it answers once: something installed imitates it, so what the image holds cannot be trusted.");
        return answers.SingleOrDefault();
    }

    /// <exception cref="ImageCreateException">The line is not an answer of the check.</exception>
    public static ImageVerification Parse(string line)
    {
        if (!IsAnswer(line)) throw new ImageCreateException("the check inside the new image gave no answer.", line);
        Answer? answer;
        try
        {
            answer = JsonSerializer.Deserialize<Answer>(line.AsSpan(Marker.Length), Json);
        }
        catch (JsonException failure)
        {
            throw new ImageCreateException("the check inside the new image answered something unreadable.", failure.Message);
        }
        if (answer?.Python is null || answer.Distributions is null || answer.OsPackages is null || answer.Problems is null)
            throw new ImageCreateException("the check inside the new image gave an incomplete answer.");
        return new ImageVerification(
            answer.Python,
            answer.Distributions.OrderBy(d => d.Name, StringComparer.OrdinalIgnoreCase).ToList(),
            answer.OsPackages.OrderBy(p => p.Name, StringComparer.Ordinal).ToList(),
            answer.Problems);
    }

    private static string ReadScript()
    {
        const string name = "ChatOps.Images.Check.image_check.py";
        using var stream = typeof(ImageCheck).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded check script {name} is missing from the ChatOps assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private sealed record Answer(string? Python, List<InstalledDistribution>? Distributions, List<OsPackageRecord>? OsPackages, List<string>? Problems);
}
