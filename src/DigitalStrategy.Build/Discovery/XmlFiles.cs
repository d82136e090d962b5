using System.Text;
using System.Xml;

namespace DigitalStrategy.Build.Discovery;

/// <summary>Writes the site's XML files the same way: UTF-8 without byte order mark, indented, "\n" line ends.</summary>
internal static class XmlFiles
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
    };

    public static byte[] Write(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>A page's address as search engines and feed readers need it: whole, from base_url.</summary>
    public static string Absolute(string baseUrl, string url) => baseUrl.TrimEnd('/') + url;
}
