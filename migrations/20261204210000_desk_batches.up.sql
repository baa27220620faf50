-- Many files at once at the desk (issue 22): a batch is the files chosen together in one preview.
-- Each file that could be read is an ordinary preview row (its text, kept with the session, loaded
-- once, in its own transaction); a file refused when read has no text and is kept here only by its
-- name and the reason, so the batch's page can say why it was not loaded.
CREATE TABLE desk_batches (
  id           bigserial PRIMARY KEY,
  -- Random, named by the confirm form; useful only together with the session that made it.
  token        text        NOT NULL UNIQUE,
  session_id   bigint      NOT NULL REFERENCES desk_sessions (id) ON DELETE CASCADE,
  -- Every file chosen, in order: [{"name": ..., "preview": <desk_previews.id> | null, "refused": <why> | null}].
  files        jsonb       NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  confirmed_at timestamptz
);
CREATE INDEX desk_batches_session_idx ON desk_batches (session_id);

-- A file of a batch goes with its batch (the single-file previews a session keeps are counted apart).
ALTER TABLE desk_previews ADD COLUMN batch_id bigint REFERENCES desk_batches (id) ON DELETE CASCADE;
CREATE INDEX desk_previews_batch_idx ON desk_previews (batch_id);
-- The audit entry its confirmation wrote (null when nothing was new), so a batch's page lists what
-- each file loaded; and why a file's load was refused, so the refusal is told, not lost.
ALTER TABLE desk_previews ADD COLUMN audit_id bigint;
ALTER TABLE desk_previews ADD COLUMN load_error text;
