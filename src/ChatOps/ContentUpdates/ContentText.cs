using System.Text;

namespace ChatOps.ContentUpdates;

/// <summary>
/// Bytes to text and back without changing a byte that was not edited: strict UTF-8, a byte order mark kept
/// when there was one, line endings untouched (the text keeps its \r\n or \n as they are).
/// </summary>
internal static class ContentText
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <exception cref="DecoderFallbackException">The file is not UTF-8.</exception>
    public static (string Text, bool ByteOrderMark) Decode(byte[] bytes)
    {
        var bom = bytes.AsSpan().StartsWith(ByteOrderMark);
        return (Strict.GetString(bytes.AsSpan(bom ? ByteOrderMark.Length : 0)), bom);
    }

    public static byte[] Encode(string text, bool byteOrderMark)
    {
        var body = Strict.GetBytes(text);
        return byteOrderMark ? [.. ByteOrderMark, .. body] : body;
    }
}
