-- "Who leads this organisation on D" reads an organisation's current tenures and keeps those whose
-- range holds D: an organisation has hundreds of them at most, so a btree on the organisation finds
-- them as fast as the GiST on (organisation, valid) did. The GiST cost every tenure written about as
-- much as the exclusion constraint's own (bench:ingest, issue 13: about a third of the tenure insert).
DROP INDEX tenures_org_valid_idx;
CREATE INDEX tenures_org_idx ON tenures (organization_id) WHERE superseded_at IS NULL;
