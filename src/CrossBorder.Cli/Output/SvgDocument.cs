using System.Text;

namespace CrossBorder.Cli.Output;

/// <summary>
/// What every chart of the tool shares: a self-contained SVG document (no scripts, fonts or external references) of
/// panels stacked one per series or SKU, XML escaping, and invariant numbers.
/// </summary>
internal static class SvgDocument
{
    /// <summary>Width of the document.</summary>
    public const int Width = 880;

    /// <summary>Height of one panel.</summary>
    public const int PanelHeight = 240;

    /// <summary>Margin left of a panel's plot area, for the value labels.</summary>
    public const int Left = 70;

    /// <summary>Margin right of a panel's plot area.</summary>
    public const int Right = 20;

    /// <summary>Margin above a panel's plot area, for its title.</summary>
    public const int Top = 34;

    /// <summary>Margin below a panel's plot area, for the date labels.</summary>
    public const int Bottom = 36;

    /// <summary>An SVG document with one panel per item, drawn by <paramref name="panel"/> at its vertical offset.</summary>
    public static string Panels<T>(string title, IReadOnlyList<T> items, Action<StringBuilder, T, int> panel)
    {
        var height = Math.Max(1, items.Count) * PanelHeight;
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" font-family=\"sans-serif\" font-size=\"12\">\n"));
        svg.Append("<title>").Append(Escape(title)).Append("</title>\n");
        svg.Append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        for (var i = 0; i < items.Count; i++)
        {
            panel(svg, items[i], i * PanelHeight);
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    /// <summary>Escapes text for XML content and attributes.</summary>
    public static string Escape(string text) => System.Security.SecurityElement.Escape(text);

    /// <summary>Formats with the invariant culture: charts are machine text.</summary>
    public static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
