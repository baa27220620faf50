-- System time beside valid time: a row is believed from recorded_at until superseded_at (NULL while
-- it is believed). Corrections supersede rows and add new ones; nothing is deleted. Questions can
-- then be answered "as the database knew things" at any past moment.

-- Events become versions of a stable event (its lineage): a correction supersedes the current
-- version and records the next one with the same lineage_id.
ALTER TABLE events ADD COLUMN lineage_id bigint;
UPDATE events SET lineage_id = id;
ALTER TABLE events ALTER COLUMN lineage_id SET NOT NULL;

-- A first version is its own lineage: filled in from the row's id unless the insert names one.
CREATE FUNCTION events_default_lineage() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.lineage_id IS NULL THEN
    NEW.lineage_id := NEW.id;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER events_default_lineage BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION events_default_lineage();
ALTER TABLE events ADD COLUMN superseded_at timestamptz;
ALTER TABLE events ADD COLUMN supersedes bigint REFERENCES events (id);
ALTER TABLE events ADD CONSTRAINT events_system_time_order CHECK (superseded_at IS NULL OR superseded_at >= recorded_at);
ALTER TABLE events DROP CONSTRAINT events_notice_id_ordinal_key;
CREATE INDEX events_notice_ordinal_idx ON events (notice_id, ordinal);
-- At most one believed version of an event at a time.
CREATE UNIQUE INDEX events_current_lineage_key ON events (lineage_id) WHERE superseded_at IS NULL;

-- A retracted notice stops counting from the moment of retraction; the row stays.
ALTER TABLE notices ADD COLUMN retracted_at timestamptz;
ALTER TABLE notices ADD COLUMN retraction_reason text;

-- Derived tenures are versioned the same way: a re-derivation supersedes the post's tenures.
ALTER TABLE tenures ADD COLUMN superseded_at timestamptz;
ALTER TABLE tenures ADD CONSTRAINT tenures_system_time_order CHECK (superseded_at IS NULL OR superseded_at >= recorded_at);
ALTER TABLE tenures DROP CONSTRAINT tenures_no_overlap;
ALTER TABLE tenures ADD CONSTRAINT tenures_no_overlap
  EXCLUDE USING gist (person_id WITH =, post_id WITH =, valid WITH &&) WHERE (superseded_at IS NULL);
-- Current answers use the partial indexes; answers as of a past moment use the full ones.
DROP INDEX tenures_post_valid_idx;
DROP INDEX tenures_org_valid_idx;
CREATE INDEX tenures_post_valid_idx ON tenures USING gist (post_id, valid) WHERE superseded_at IS NULL;
CREATE INDEX tenures_org_valid_idx ON tenures USING gist (organization_id, valid) WHERE superseded_at IS NULL;
CREATE INDEX tenures_post_valid_all_idx ON tenures USING gist (post_id, valid);
CREATE INDEX tenures_org_valid_all_idx ON tenures USING gist (organization_id, valid);
DROP INDEX tenures_probation_end_idx;
CREATE INDEX tenures_probation_end_idx ON tenures (probation_end) WHERE probation_end IS NOT NULL AND superseded_at IS NULL;
