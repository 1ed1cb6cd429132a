namespace SectorMap.Analysis.Views;

/// <summary>The graphs a metric or projection is computed on (CLI.md, Views).</summary>
public enum ViewKind
{
    /// <summary>Every node and every relationship.</summary>
    Full,

    /// <summary>Delegates, organisations and bodies, linked by seats, mandates, affiliations and body structure.</summary>
    Representation,

    /// <summary>Two-mode: seat holders (delegates, organisations) and the bodies they hold seats on.</summary>
    Affiliation,

    /// <summary>Organisations that hold seats, linked when they sit on the same body; weight = shared bodies.</summary>
    Organisations,

    /// <summary>Bodies, linked when they share a seat holder (an interlock); weight = shared holders.</summary>
    Bodies,

    /// <summary>Delegates, linked when they sit on the same body; weight = shared bodies.</summary>
    Delegates,

    /// <summary>Funders and recipients, linked by grants; weight = the total amount awarded.</summary>
    Funding,
}
