// SectorMap graph schema for Neo4j 4.4 and 5.x. Generated from the C# model (SectorMap.Core/Schema); do not edit by hand.
// Every label gets a uniqueness constraint on id, which also indexes it for MATCH and MERGE.
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT partnership_id IF NOT EXISTS FOR (n:Partnership) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT thematic_group_id IF NOT EXISTS FOR (n:ThematicGroup) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT delegate_id IF NOT EXISTS FOR (n:Delegate) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT theme_id IF NOT EXISTS FOR (n:Theme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT beneficiary_group_id IF NOT EXISTS FOR (n:BeneficiaryGroup) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT area_id IF NOT EXISTS FOR (n:Area) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT grant_id IF NOT EXISTS FOR (n:Grant) REQUIRE n.id IS UNIQUE;
