// SectorMap graph schema for Neo4j 3.x. Generated from the C# model (SectorMap.Core/Schema); do not edit by hand.
// Every label gets a uniqueness constraint on id (imports MERGE on it) and an index on name (search).
CREATE CONSTRAINT ON (n:Organisation) ASSERT n.id IS UNIQUE;
CREATE INDEX ON :Organisation(name);
CREATE CONSTRAINT ON (n:Partnership) ASSERT n.id IS UNIQUE;
CREATE INDEX ON :Partnership(name);
CREATE CONSTRAINT ON (n:ThematicGroup) ASSERT n.id IS UNIQUE;
CREATE INDEX ON :ThematicGroup(name);
CREATE CONSTRAINT ON (n:Delegate) ASSERT n.id IS UNIQUE;
CREATE INDEX ON :Delegate(name);
CREATE CONSTRAINT ON (n:Theme) ASSERT n.id IS UNIQUE;
CREATE INDEX ON :Theme(name);
CREATE CONSTRAINT ON (n:BeneficiaryGroup) ASSERT n.id IS UNIQUE;
CREATE INDEX ON :BeneficiaryGroup(name);
CREATE CONSTRAINT ON (n:Area) ASSERT n.id IS UNIQUE;
CREATE INDEX ON :Area(name);
CREATE CONSTRAINT ON (n:Grant) ASSERT n.id IS UNIQUE;
CREATE INDEX ON :Grant(name);
