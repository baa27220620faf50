-- Measured with bench:ingest: every tenure row fed five GiST indexes (current and all-time copies
-- of post and organisation, plus the exclusion constraint's), the largest single cost of a load.
-- Questions about now keep their partial indexes; questions "as known at T" are rare (audit) and
-- use the exclusion constraint's index (person, post, valid) and the post index filtered by time.
DROP INDEX tenures_post_valid_all_idx;
DROP INDEX tenures_org_valid_all_idx;
CREATE INDEX tenures_post_recorded_idx ON tenures (post_id, recorded_at);
