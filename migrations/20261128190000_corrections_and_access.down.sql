DROP TABLE review_dismissals;
ALTER TABLE people DROP COLUMN merged_into;
ALTER TABLE posts DROP COLUMN merged_into;
DROP TABLE organization_aliases;
ALTER TABLE organizations DROP COLUMN merged_into;
DROP TABLE audit_log;
DROP TABLE api_keys;
