DROP INDEX tenures_org_idx;
CREATE INDEX tenures_org_valid_idx ON tenures USING gist (organization_id, valid) WHERE superseded_at IS NULL;
