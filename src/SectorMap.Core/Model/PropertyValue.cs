using System.Globalization;

namespace SectorMap.Core.Model;

/// <summary>
/// One property value: a string, a decimal number, a boolean or a list of strings. Numbers are
/// exact decimals in canonical form (1.50 is kept as 1.5), so every store — including Neo4j, which
/// has no decimal type — gives back the same value and every export the same text.
/// </summary>
public readonly struct PropertyValue : IEquatable<PropertyValue>
{
    private readonly object _value;

    private PropertyValue(PropertyKind kind, object value)
    {
        Kind = kind;
        _value = value;
    }

    public PropertyKind Kind { get; }

    public static PropertyValue Of(string value) => new(PropertyKind.String, value);

    /// <summary>A number, with trailing zeros dropped (dividing by 1.000… normalises a decimal's scale).</summary>
    public static PropertyValue Of(decimal value) => new(PropertyKind.Number, value / 1.000000000000000000000000000000000m);

    public static PropertyValue Of(bool value) => new(PropertyKind.Boolean, value);

    public static PropertyValue Of(IEnumerable<string> values) => new(PropertyKind.StringList, values.ToArray());

    public string AsString() => Kind == PropertyKind.String ? (string)_value : throw WrongKind(PropertyKind.String);

    public decimal AsNumber() => Kind == PropertyKind.Number ? (decimal)_value : throw WrongKind(PropertyKind.Number);

    public bool AsBoolean() => Kind == PropertyKind.Boolean ? (bool)_value : throw WrongKind(PropertyKind.Boolean);

    public IReadOnlyList<string> AsList() => Kind == PropertyKind.StringList ? (string[])_value : throw WrongKind(PropertyKind.StringList);

    /// <summary>An empty string or an empty list means "not set" in every format (an empty CSV cell).</summary>
    public bool IsEmpty => Kind switch
    {
        PropertyKind.String => ((string)_value).Length == 0,
        PropertyKind.StringList => ((string[])_value).Length == 0,
        _ => false,
    };

    public bool Equals(PropertyValue other) =>
        Kind == other.Kind && Kind switch
        {
            PropertyKind.StringList => ((string[])_value).AsSpan().SequenceEqual((string[])other._value),
            PropertyKind.String => string.Equals((string)_value, (string)other._value, StringComparison.Ordinal),
            _ => Equals(_value, other._value),
        };

    public override bool Equals(object? obj) => obj is PropertyValue other && Equals(other);

    public override int GetHashCode()
    {
        if (Kind != PropertyKind.StringList)
        {
            return HashCode.Combine(Kind, _value);
        }

        var hash = new HashCode();
        foreach (var item in (string[])_value)
        {
            hash.Add(item, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    public static bool operator ==(PropertyValue left, PropertyValue right) => left.Equals(right);

    public static bool operator !=(PropertyValue left, PropertyValue right) => !left.Equals(right);

    /// <summary>Text for people and for CSV cells: invariant numbers, lowercase booleans, "; " between list items.</summary>
    public override string ToString() => Kind switch
    {
        PropertyKind.String => (string)_value,
        PropertyKind.Number => ((decimal)_value).ToString(CultureInfo.InvariantCulture),
        PropertyKind.Boolean => (bool)_value ? "true" : "false",
        PropertyKind.StringList => string.Join("; ", (string[])_value),
        _ => string.Empty,
    };

    private InvalidOperationException WrongKind(PropertyKind wanted) =>
        new($"The value is a {Kind}, not a {wanted}.");
}
