// SectorMap graph schema for Neo4j 4.4 and 5.x. Generated from the C# model (SectorMap.Core/Schema); do not edit by hand.
// Every label gets a uniqueness constraint on id (imports MERGE on it) and an index on name (search).
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE INDEX organisation_name IF NOT EXISTS FOR (n:Organisation) ON (n.name);
CREATE CONSTRAINT partnership_id IF NOT EXISTS FOR (n:Partnership) REQUIRE n.id IS UNIQUE;
CREATE INDEX partnership_name IF NOT EXISTS FOR (n:Partnership) ON (n.name);
CREATE CONSTRAINT thematic_group_id IF NOT EXISTS FOR (n:ThematicGroup) REQUIRE n.id IS UNIQUE;
CREATE INDEX thematic_group_name IF NOT EXISTS FOR (n:ThematicGroup) ON (n.name);
CREATE CONSTRAINT delegate_id IF NOT EXISTS FOR (n:Delegate) REQUIRE n.id IS UNIQUE;
CREATE INDEX delegate_name IF NOT EXISTS FOR (n:Delegate) ON (n.name);
CREATE CONSTRAINT theme_id IF NOT EXISTS FOR (n:Theme) REQUIRE n.id IS UNIQUE;
CREATE INDEX theme_name IF NOT EXISTS FOR (n:Theme) ON (n.name);
CREATE CONSTRAINT beneficiary_group_id IF NOT EXISTS FOR (n:BeneficiaryGroup) REQUIRE n.id IS UNIQUE;
CREATE INDEX beneficiary_group_name IF NOT EXISTS FOR (n:BeneficiaryGroup) ON (n.name);
CREATE CONSTRAINT area_id IF NOT EXISTS FOR (n:Area) REQUIRE n.id IS UNIQUE;
CREATE INDEX area_name IF NOT EXISTS FOR (n:Area) ON (n.name);
CREATE CONSTRAINT grant_id IF NOT EXISTS FOR (n:Grant) REQUIRE n.id IS UNIQUE;
CREATE INDEX grant_name IF NOT EXISTS FOR (n:Grant) ON (n.name);
