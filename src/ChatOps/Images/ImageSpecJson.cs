using System.Text.Encodings.Web;
using System.Text.Json;

namespace ChatOps.Images;

/// <summary>
/// The spec as the org.chatops.spec label carries it: fixed property order, no whitespace, so it is byte-stable.
/// Relaxed escaping keeps "&gt;=" readable (the default encoder writes >); the values are validated ASCII and the
/// Dockerfile quoting is done separately.
/// </summary>
internal static class ImageSpecJson
{
    public static string Serialize(ImageSpec spec)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("name", spec.Repository);
            json.WriteString("base", spec.Base.ToString());
            json.WriteStartArray("dependencies");
            foreach (var dependency in spec.Dependencies) json.WriteStringValue(dependency.ToString());
            json.WriteEndArray();
            json.WriteStartArray("packages");
            foreach (var package in spec.Packages) json.WriteStringValue(package.ToString());
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
