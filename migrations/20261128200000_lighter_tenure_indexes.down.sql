DROP INDEX tenures_post_recorded_idx;
CREATE INDEX tenures_post_valid_all_idx ON tenures USING gist (post_id, valid);
CREATE INDEX tenures_org_valid_all_idx ON tenures USING gist (organization_id, valid);
