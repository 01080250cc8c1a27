using System.Xml;
using Advisor.Sandbox.Protocol;

namespace Advisor.Sandbox.Ec2;

/// <summary>Writes ec2Query XML: every element in the EC2 2016-11-15 namespace, lists as <c>item</c> elements.</summary>
internal static class Ec2Xml
{
    public const string Namespace = "http://ec2.amazonaws.com/doc/2016-11-15/";

    /// <summary>A whole response document <c>&lt;{operation}Response&gt;&lt;requestId&gt;</c> + body.</summary>
    public static byte[] Response(string operation, string requestId, Action<XmlWriter> body) => QueryXml.Write(w =>
    {
        w.WriteStartElement(operation + "Response", Namespace);
        w.Text("requestId", requestId);
        body(w);
        w.WriteEndElement();
    });

    public static void Open(this XmlWriter writer, string name) => writer.WriteStartElement(name, Namespace);

    public static void Text(this XmlWriter writer, string name, string value) => writer.WriteElementString(name, Namespace, value);

    /// <summary>The EC2 error document: <c>&lt;Response&gt;&lt;Errors&gt;&lt;Error&gt;&lt;Code/&gt;&lt;Message/&gt;</c> and <c>RequestID</c> (no namespace).</summary>
    public static byte[] Error(string code, string message, string requestId) => QueryXml.Write(w =>
    {
        w.WriteStartElement("Response");
        w.WriteStartElement("Errors");
        w.WriteStartElement("Error");
        w.WriteElementString("Code", code);
        w.WriteElementString("Message", message);
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteElementString("RequestID", requestId);
        w.WriteEndElement();
    });
}
