// Schema: uniqueness constraints on every merge key, and a full-text index for search.
// Runs in cypher-shell as it is; every statement is idempotent (IF NOT EXISTS).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT story_id IF NOT EXISTS FOR (s:Story) REQUIRE s.id IS UNIQUE;
// Merges (merge-apply.cypher): one node per merge, found by its id and by the id merged away;
// the entity merged away is kept as (:MergedEntity); "as known on" reads revisions by time.
CREATE CONSTRAINT merge_id IF NOT EXISTS FOR (m:Merge) REQUIRE m.id IS UNIQUE;
CREATE INDEX merge_from IF NOT EXISTS FOR (m:Merge) ON (m.from);
CREATE INDEX merge_into IF NOT EXISTS FOR (m:Merge) ON (m.into);
CREATE INDEX merged_entity_id IF NOT EXISTS FOR (e:MergedEntity) ON (e.id);
CREATE INDEX revision_at IF NOT EXISTS FOR (r:Revision) ON (r.at);
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText];
// One uniqueness constraint per fact type: a fact's id is its merge key.
CREATE CONSTRAINT fact_id_member_of IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT fact_id_joined IF NOT EXISTS FOR ()-[r:JOINED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT fact_id_left IF NOT EXISTS FOR ()-[r:LEFT]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT fact_id_suspended IF NOT EXISTS FOR ()-[r:SUSPENDED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT fact_id_declined_to_join IF NOT EXISTS FOR ()-[r:DECLINED_TO_JOIN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT fact_id_expressed_interest_in IF NOT EXISTS FOR ()-[r:EXPRESSED_INTEREST_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT fact_id_owns IF NOT EXISTS FOR ()-[r:OWNS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT fact_id_sued IF NOT EXISTS FOR ()-[r:SUED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT fact_id_dropped_lawsuit_against IF NOT EXISTS FOR ()-[r:DROPPED_LAWSUIT_AGAINST]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT fact_id_partnered_with IF NOT EXISTS FOR ()-[r:PARTNERED_WITH]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT fact_id_called IF NOT EXISTS FOR ()-[r:CALLED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT fact_id_spent_on IF NOT EXISTS FOR ()-[r:SPENT_ON]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT fact_id_based_in IF NOT EXISTS FOR ()-[r:BASED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT fact_id_works_for IF NOT EXISTS FOR ()-[r:WORKS_FOR]-() REQUIRE r.id IS UNIQUE;
// Fact types that imports bring are registered by name.
CREATE CONSTRAINT fact_type_name IF NOT EXISTS FOR (t:FactType) REQUIRE t.name IS UNIQUE;
// Revisions (authoring): one global, unique seq each; read by the record they change.
CREATE CONSTRAINT revision_seq IF NOT EXISTS FOR (r:Revision) REQUIRE r.seq IS UNIQUE;
CREATE CONSTRAINT revision_counter_name IF NOT EXISTS FOR (c:RevisionCounter) REQUIRE c.name IS UNIQUE;
CREATE INDEX revision_target IF NOT EXISTS FOR (r:Revision) ON (r.targetId);
// A fact revision by the ends of the fact before it: the neighbourhood as known on a day.
CREATE INDEX revision_before_subject IF NOT EXISTS FOR (r:Revision) ON (r.beforeSubject);
CREATE INDEX revision_before_object IF NOT EXISTS FOR (r:Revision) ON (r.beforeObject);
