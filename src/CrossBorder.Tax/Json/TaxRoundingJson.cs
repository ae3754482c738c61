using CrossBorder.Text;
namespace CrossBorder.Tax;

/// <summary>The JSON form of a rounding policy, shared by sales and rule packs: <c>{"level": "per-line", "mode": "half-up"}</c>.</summary>
internal static class TaxRoundingJson
{
    /// <summary>The <c>rounding</c> property of <paramref name="parent"/>, or null when absent.</summary>
    public static TaxRoundingPolicy? Read(StrictJson parent)
    {
        if (parent.OptionalObject("rounding") is not { } node)
        {
            return null;
        }

        node.Only("level", "mode");
        var level = node.String("level") switch
        {
            "per-unit" => TaxRoundingLevel.PerUnit,
            "per-line" => TaxRoundingLevel.PerLine,
            "per-invoice" => TaxRoundingLevel.PerInvoice,
            var other => throw node.Error("level", $"'{StrictJson.Echo(other)}' is not per-unit, per-line or per-invoice."),
        };
        var mode = node.String("mode") switch
        {
            "half-up" => MidpointRounding.AwayFromZero,
            "half-even" => MidpointRounding.ToEven,
            var other => throw node.Error("mode", $"'{StrictJson.Echo(other)}' is not half-up or half-even."),
        };
        return new TaxRoundingPolicy(level, mode);
    }

    /// <summary>The JSON codes of a policy.</summary>
    public static (string Level, string Mode) Codes(TaxRoundingPolicy policy) => (
        policy.Level switch { TaxRoundingLevel.PerUnit => "per-unit", TaxRoundingLevel.PerLine => "per-line", _ => "per-invoice" },
        policy.Mode == MidpointRounding.AwayFromZero ? "half-up" : "half-even");
}
