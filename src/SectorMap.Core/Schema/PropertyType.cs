namespace SectorMap.Core.Schema;

/// <summary>The declared type of a model property; a vocabulary is text from a closed list.</summary>
public enum PropertyType
{
    Text,
    Number,
    Boolean,
    Date,
    TextList,
    Vocabulary,
}
