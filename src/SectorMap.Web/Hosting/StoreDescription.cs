namespace SectorMap.Web.Hosting;

/// <summary>Which store the app is using, for people to see on the page.</summary>
public sealed record StoreDescription(string Connection);
