-- The web desk: people sign in with an API key and work through forms. A session lives here, not
-- in the cookie, so that signing out, a revoked key or an expiry ends it at once; the cookie holds a
-- random token of which only the sha256 is stored (a copy of this table opens no session).

CREATE TABLE desk_sessions (
  id           bigserial PRIMARY KEY,
  token_hash   text        NOT NULL UNIQUE,
  -- The key signed in with: its role and name are read through it on every request, so a revoked
  -- key ends its sessions and the audit log names the same actor as over GraphQL.
  api_key_id   bigint      NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
  created_at   timestamptz NOT NULL DEFAULT now(),
  -- Idle expiry counts from here; the absolute one from created_at (both lengths are configuration).
  last_seen_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX desk_sessions_last_seen_idx ON desk_sessions (last_seen_at);

-- What a preview showed, kept until it is confirmed or its session ends: confirming saves exactly
-- this text, never a text sent again with the confirmation.
CREATE TABLE desk_previews (
  id           bigserial PRIMARY KEY,
  -- Random, named by the confirm form; useful only together with the session that made it.
  token        text        NOT NULL UNIQUE,
  session_id   bigint      NOT NULL REFERENCES desk_sessions (id) ON DELETE CASCADE,
  filename     text,
  text         text        NOT NULL,
  text_sha256  text        NOT NULL,
  -- An uploaded file as it was read (kind, sha256 of its bytes, pages, OCR); null for pasted text.
  document     jsonb,
  created_at   timestamptz NOT NULL DEFAULT now(),
  confirmed_at timestamptz,
  -- Where the confirmation led (the first notice's page), so a second confirmation leads there too.
  notice_key   text
);
CREATE INDEX desk_previews_session_idx ON desk_previews (session_id);
