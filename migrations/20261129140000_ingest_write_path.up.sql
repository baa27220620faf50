-- Measured with bench:ingest (RENMIAN_PROFILE=1): after the foreign-key checks, the largest cost of
-- a load is feeding the tenures' GiST indexes, about 12 µs a row each and twice that for the
-- exclusion constraint, which also searches its index for every row.
--
-- The exclusion constraint keeps exactly its meaning (one person never holds one post twice at
-- once among believed rows) with post_id as the leading column. Its index then also answers "who
-- holds this post on day D" (post_id = … AND valid @> D) and the overlap self-join of the review
-- queue, which tenures_post_valid_idx answered: that index becomes a duplicate and goes. Lookups by
-- person alone keep tenures_person_idx.
ALTER TABLE tenures DROP CONSTRAINT tenures_no_overlap;
ALTER TABLE tenures ADD CONSTRAINT tenures_no_overlap
  EXCLUDE USING gist (post_id WITH =, person_id WITH =, valid WITH &&) WHERE (superseded_at IS NULL);
DROP INDEX tenures_post_valid_idx;
-- Rebuilt after the constraint, as it was before: where the two indexes cost the same (a table of a
-- few rows) the planner takes the newer one, and an organisation's question should keep being
-- answered from the organisation's index.
DROP INDEX tenures_org_valid_idx;
CREATE INDEX tenures_org_valid_idx ON tenures USING gist (organization_id, valid) WHERE superseded_at IS NULL;

-- A first version of an event is its own lineage. Writers that know the row's id (the ingestion
-- reserves its ids and names lineage_id itself) need not pay for a PL/pgSQL call per row: the
-- trigger now runs only when lineage_id is missing, with the same result.
DROP TRIGGER events_default_lineage ON events;
CREATE TRIGGER events_default_lineage BEFORE INSERT ON events
  FOR EACH ROW WHEN (NEW.lineage_id IS NULL) EXECUTE FUNCTION events_default_lineage();
