using System.Text;
using System.Xml;

namespace SexWorkResourceHub.Tests.Support;

/// <summary>
/// Reads XML the way a feed reader or crawler does: from the bytes alone (the encoding from the byte
/// order mark or the declaration, never from the HTTP header), with DTDs refused.
/// </summary>
public static class ServedXml
{
    private static readonly XmlReaderSettings Strict = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    public static XmlReader Reader(byte[] bytes) => XmlReader.Create(new MemoryStream(bytes), Strict);

    /// <summary>The encoding the XML declaration names; null without a declaration.</summary>
    public static string? DeclaredEncoding(byte[] bytes)
    {
        using var reader = Reader(bytes);
        reader.Read();
        return reader.NodeType == XmlNodeType.XmlDeclaration ? reader.GetAttribute("encoding") : null;
    }

    /// <summary>Asserts UTF-8 with no byte order mark, declared as UTF-8, and well-formed throughout.</summary>
    public static void AssertUtf8(byte[] bytes)
    {
        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "no byte order mark");
        _ = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        Assert.Equal("utf-8", DeclaredEncoding(bytes), ignoreCase: true);
        using var reader = Reader(bytes);
        while (reader.Read())
        {
        }
    }
}
