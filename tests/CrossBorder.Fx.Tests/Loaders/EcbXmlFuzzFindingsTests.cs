using System.Text;
using System.Xml;

namespace CrossBorder.Fx.Tests.Loaders;

/// <summary>Inputs found by fuzzing (fuzz/corpora/ecb-xml/crash-*.xml; docs/reliability.md "Fuzzing").</summary>
public class EcbXmlFuzzFindingsTests
{
    // Not well-formed on line 3 by construction: an attribute value without its closing quote's separator, and an end
    // tag that does not match its start tag. Before the fix, XmlReader's XmlException escaped, which ParseXml does not
    // document (the CLI caught it by name; a library user would not).
    [Theory]
    [InlineData("<Envelope>\n<Cube>\n<Cube time=\"2026-11-20\"E>\n</Cube>\n</Cube>\n</Envelope>")]
    [InlineData("<Envelope>\n<Cube>\n<Cube time=\"2026-11-20\"></Cubx>\n</Cube>\n</Envelope>")]
    public void Xml_that_is_not_well_formed_is_a_format_error_naming_its_line(string xml)
    {
        var fromText = Assert.Throws<FormatException>(() => EcbReferenceRates.ParseXml(new StringReader(xml), RateKind.Official, null));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        var fromStream = Assert.Throws<FormatException>(() => EcbReferenceRates.ParseXml(stream, RateKind.Official, null));

        Assert.StartsWith("Line 3: not well-formed XML", fromText.Message, StringComparison.Ordinal);
        Assert.IsType<XmlException>(fromText.InnerException);
        Assert.Equal(fromText.Message, fromStream.Message);
    }

    [Fact]
    public void A_document_type_declaration_is_refused_as_a_format_error()
    {
        // DTDs are prohibited (no entity expansion); the refusal is an XmlException on line 1, now documented as FormatException.
        const string Xml = "<!DOCTYPE Envelope [<!ENTITY x \"1\">]>\n<Envelope/>";

        var e = Assert.Throws<FormatException>(() => EcbReferenceRates.ParseXml(new StringReader(Xml), RateKind.Official, null));

        Assert.StartsWith("Line 1:", e.Message, StringComparison.Ordinal);
    }
}
