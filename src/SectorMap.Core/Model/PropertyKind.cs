namespace SectorMap.Core.Model;

/// <summary>The value types a property can hold in every store and interchange format.</summary>
public enum PropertyKind
{
    String,
    Number,
    Boolean,
    StringList,
}
