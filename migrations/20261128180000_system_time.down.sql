-- Reverting drops every superseded version: only what is currently believed survives.
DELETE FROM tenures WHERE superseded_at IS NOT NULL;
DROP INDEX tenures_probation_end_idx;
CREATE INDEX tenures_probation_end_idx ON tenures (probation_end) WHERE probation_end IS NOT NULL;
DROP INDEX tenures_post_valid_all_idx;
DROP INDEX tenures_org_valid_all_idx;
DROP INDEX tenures_post_valid_idx;
DROP INDEX tenures_org_valid_idx;
CREATE INDEX tenures_post_valid_idx ON tenures USING gist (post_id, valid);
CREATE INDEX tenures_org_valid_idx ON tenures USING gist (organization_id, valid);
ALTER TABLE tenures DROP CONSTRAINT tenures_no_overlap;
ALTER TABLE tenures ADD CONSTRAINT tenures_no_overlap EXCLUDE USING gist (person_id WITH =, post_id WITH =, valid WITH &&);
ALTER TABLE tenures DROP CONSTRAINT tenures_system_time_order;
ALTER TABLE tenures DROP COLUMN superseded_at;

ALTER TABLE notices DROP COLUMN retraction_reason;
ALTER TABLE notices DROP COLUMN retracted_at;

ALTER TABLE events DROP COLUMN supersedes;
UPDATE tenures SET opened_by = NULL WHERE opened_by IN (SELECT id FROM events WHERE superseded_at IS NOT NULL);
UPDATE tenures SET closed_by = NULL WHERE closed_by IN (SELECT id FROM events WHERE superseded_at IS NOT NULL);
DELETE FROM events WHERE superseded_at IS NOT NULL;
DROP TRIGGER events_default_lineage ON events;
DROP FUNCTION events_default_lineage();
DROP INDEX events_current_lineage_key;
DROP INDEX events_notice_ordinal_idx;
ALTER TABLE events ADD CONSTRAINT events_notice_id_ordinal_key UNIQUE (notice_id, ordinal);
ALTER TABLE events DROP CONSTRAINT events_system_time_order;
ALTER TABLE events DROP COLUMN superseded_at;
ALTER TABLE events DROP COLUMN lineage_id;
