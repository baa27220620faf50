-- Corrections and who may make them: API keys (only a hash is kept), the audit log every write
-- goes through, organisation aliases and merges, and dismissed review items.

CREATE TABLE api_keys (
  id          bigserial PRIMARY KEY,
  name        text        NOT NULL UNIQUE,
  role        text        NOT NULL CHECK (role IN ('reader', 'editor', 'admin')),
  -- sha256 of the key; the key itself is shown once, when it is created.
  key_hash    text        NOT NULL UNIQUE,
  created_at  timestamptz NOT NULL DEFAULT now(),
  revoked_at  timestamptz
);

CREATE TABLE audit_log (
  id      bigserial PRIMARY KEY,
  at      timestamptz NOT NULL DEFAULT clock_timestamp(),
  actor   text        NOT NULL,
  action  text        NOT NULL,
  reason  text        NOT NULL CHECK (length(btrim(reason)) > 0),
  before  jsonb,
  after   jsonb
);
CREATE INDEX audit_log_at_idx ON audit_log (at DESC, id DESC);
CREATE INDEX audit_log_actor_idx ON audit_log (actor, at DESC);

-- One organisation written two ways: the merged name stays findable as an alias of the survivor.
ALTER TABLE organizations ADD COLUMN merged_into bigint REFERENCES organizations (id);
CREATE TABLE organization_aliases (
  name            text        PRIMARY KEY,
  organization_id bigint      NOT NULL REFERENCES organizations (id),
  recorded_at     timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE posts ADD COLUMN merged_into bigint REFERENCES posts (id);
ALTER TABLE people ADD COLUMN merged_into bigint REFERENCES people (id);

CREATE TABLE review_dismissals (
  item_key     text        PRIMARY KEY,
  reason       text        NOT NULL CHECK (length(btrim(reason)) > 0),
  actor        text        NOT NULL,
  dismissed_at timestamptz NOT NULL DEFAULT now()
);
