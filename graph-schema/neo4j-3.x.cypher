// SectorMap graph schema for Neo4j 3.x. Generated from the C# model (SectorMap.Core/Schema); do not edit by hand.
// Every label gets a uniqueness constraint on id, which also indexes it for MATCH and MERGE.
CREATE CONSTRAINT ON (n:Organisation) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Partnership) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:ThematicGroup) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Delegate) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Theme) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:BeneficiaryGroup) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Area) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Grant) ASSERT n.id IS UNIQUE;
