namespace SectorMap.Core.Schema;

/// <summary>The node labels, as they appear in files and stores.</summary>
public static class NodeLabels
{
    public const string Organisation = "Organisation";
    public const string Partnership = "Partnership";
    public const string ThematicGroup = "ThematicGroup";
    public const string Delegate = "Delegate";
    public const string Theme = "Theme";
    public const string BeneficiaryGroup = "BeneficiaryGroup";
    public const string Area = "Area";
    public const string Grant = "Grant";
}
