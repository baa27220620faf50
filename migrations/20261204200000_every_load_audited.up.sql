-- Every load is audited, whichever door it came through (issue 21): the command line, GraphQL's
-- `ingest` and the desk write the same entry, in the load's own transaction. `door` says which one;
-- 'system' is the service itself (the sample notices loaded into an empty database at boot).
-- Corrections leave it NULL: they are made at the desk or over GraphQL, and their actor is a key.
ALTER TABLE audit_log ADD COLUMN door text CHECK (door IN ('cli', 'graphql', 'desk', 'system'));
-- Until now only the desk wrote load entries.
UPDATE audit_log SET door = 'desk' WHERE action = 'loadNotices';
