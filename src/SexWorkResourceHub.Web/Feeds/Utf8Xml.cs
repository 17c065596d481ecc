using System.Text;
using System.Xml;

namespace SexWorkResourceHub.Web.Feeds;

/// <summary>
/// XML as the bytes that are served: UTF-8 with no byte order mark, declared as UTF-8. An XmlWriter over
/// a StringBuilder declares the string's own encoding, UTF-16, which no reader accepts for UTF-8 bytes.
/// </summary>
public static class Utf8Xml
{
    private static readonly XmlWriterSettings Settings = new() { Indent = true, Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) };

    public static byte[] Write(Action<XmlWriter> write)
    {
        using var output = new MemoryStream();
        using (var xml = XmlWriter.Create(output, Settings))
        {
            write(xml);
        }

        return output.ToArray();
    }
}
