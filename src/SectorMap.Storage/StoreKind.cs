namespace SectorMap.Storage;

public enum StoreKind
{
    Sqlite,
    Neo4j,
}
