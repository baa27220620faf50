-- Measured with bench:ingest (RENMIAN_PROFILE=1): storing a document's text (48 MB for the bench's
-- gazette) took 0.87 s, most of it pglz compressing the value; lz4 stores the same text in 0.37 s
-- at the same size on disk (CJK text compresses alike either way). Only new values are compressed
-- with lz4; older ones stay readable as they are. A server built without lz4 keeps pglz.
DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)) THEN
    ALTER TABLE documents ALTER COLUMN text SET COMPRESSION lz4;
  END IF;
END
$$;
