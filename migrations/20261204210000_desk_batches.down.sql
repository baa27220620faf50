ALTER TABLE desk_previews DROP COLUMN load_error;
ALTER TABLE desk_previews DROP COLUMN audit_id;
ALTER TABLE desk_previews DROP COLUMN batch_id;
DROP TABLE desk_batches;
