DROP TRIGGER events_default_lineage ON events;
CREATE TRIGGER events_default_lineage BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION events_default_lineage();

CREATE INDEX tenures_post_valid_idx ON tenures USING gist (post_id, valid) WHERE superseded_at IS NULL;
ALTER TABLE tenures DROP CONSTRAINT tenures_no_overlap;
ALTER TABLE tenures ADD CONSTRAINT tenures_no_overlap
  EXCLUDE USING gist (person_id WITH =, post_id WITH =, valid WITH &&) WHERE (superseded_at IS NULL);
DROP INDEX tenures_org_valid_idx;
CREATE INDEX tenures_org_valid_idx ON tenures USING gist (organization_id, valid) WHERE superseded_at IS NULL;
