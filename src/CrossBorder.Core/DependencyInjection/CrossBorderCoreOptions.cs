using System.ComponentModel.DataAnnotations;

namespace CrossBorder;

/// <summary>Options of <see cref="CoreServiceCollectionExtensions.AddCrossBorderCore(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{CrossBorderCoreOptions})"/>.</summary>
public sealed class CrossBorderCoreOptions
{
    /// <summary>Custom currencies added to the ISO 4217 list in the registered <see cref="CurrencyRegistry"/>. Default: none.</summary>
    [Microsoft.Extensions.Options.ValidateEnumeratedItems]
    public IList<CustomCurrencyOptions> CustomCurrencies { get; } = [];
}

/// <summary>A custom currency: a stablecoin, CNH, a platform credit.</summary>
public sealed class CustomCurrencyOptions
{
    /// <summary>The code: 3 to 12 upper-case letters or digits, starting with a letter, not an ISO 4217 code.</summary>
    [Required]
    [RegularExpression("^[A-Z][A-Z0-9]{2,11}$", ErrorMessage = "A currency code has 3 to 12 upper-case letters or digits and starts with a letter.")]
    public string Code { get; set; } = string.Empty;

    /// <summary>Digits of the minor unit, 0 to 18; null when the currency has none.</summary>
    [Range(0, Currency.MaxMinorUnit)]
    public int? MinorUnit { get; set; }

    /// <summary>A display name.</summary>
    [Required]
    public string Name { get; set; } = string.Empty;
}
