-- Core schema: what was loaded (documents, notices), who and what it is about (people,
-- organizations, posts), the append-only change log (events) and what the log implies (tenures).
-- Valid time is a `date`/`daterange` (the days a fact is about); recorded_at is when we learnt it.

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE documents (
  id           bigserial PRIMARY KEY,
  -- sha256 of the text after line-ending and BOM normalisation: loading a file twice is a no-op.
  content_hash text        NOT NULL UNIQUE,
  filename     text,
  byte_size    integer     NOT NULL CHECK (byte_size >= 0),
  recorded_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE notices (
  id          bigserial PRIMARY KEY,
  document_id bigint      NOT NULL REFERENCES documents (id),
  issuer      text,
  doc_number  text,
  title       text,
  signed_on   date,
  -- sha256 of the notice's own normalised text: its identity when it has no document number.
  text_hash   text        NOT NULL,
  start_line  integer     NOT NULL,
  end_line    integer     NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CHECK (end_line >= start_line)
);
-- The same notice printed in two gazettes is one notice.
CREATE UNIQUE INDEX notices_issuer_doc_number_key ON notices (coalesce(issuer, ''), doc_number) WHERE doc_number IS NOT NULL;
CREATE UNIQUE INDEX notices_text_hash_key ON notices (text_hash) WHERE doc_number IS NULL;
CREATE INDEX notices_doc_number_idx ON notices (doc_number);

CREATE TABLE people (
  id           bigserial PRIMARY KEY,
  name         text        NOT NULL,
  -- One person per name within an issuer's jurisdiction for now; a later split gives the second
  -- person of the same name a higher disambiguator.
  jurisdiction text        NOT NULL,
  disambiguator integer    NOT NULL DEFAULT 0,
  recorded_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (jurisdiction, name, disambiguator)
);
CREATE INDEX people_name_idx ON people (name);

CREATE TABLE organizations (
  id          bigserial PRIMARY KEY,
  name        text        NOT NULL UNIQUE,
  recorded_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE posts (
  id              bigserial PRIMARY KEY,
  organization_id bigint      NOT NULL REFERENCES organizations (id),
  title           text        NOT NULL,
  name            text        NOT NULL UNIQUE,
  seat_kind       text        NOT NULL CHECK (seat_kind IN ('single', 'multi')),
  recorded_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX posts_organization_idx ON posts (organization_id);

-- Append-only: rows are never updated or deleted by the application.
CREATE TABLE events (
  id               bigserial PRIMARY KEY,
  notice_id        bigint      NOT NULL REFERENCES notices (id),
  type             text        NOT NULL CHECK (type IN ('appoint', 'remove', 'auto_remove')),
  effective_on     date,
  person_id        bigint      NOT NULL REFERENCES people (id),
  post_id          bigint      NOT NULL REFERENCES posts (id),
  probation_months integer     CHECK (probation_months > 0),
  rank             text,
  precedence_after text,
  -- What the notice says, kept as written, so that a correction can always be checked against it.
  person_text      text        NOT NULL,
  position_text    text        NOT NULL,
  source_line      integer     NOT NULL,
  source_text      text        NOT NULL,
  -- Order within the notice: with the notice it makes a stable tiebreak for same-day events.
  ordinal          integer     NOT NULL,
  recorded_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (notice_id, ordinal)
);
CREATE INDEX events_person_idx ON events (person_id, effective_on);
CREATE INDEX events_post_idx ON events (post_id, effective_on);

-- Derived from events by the tenure rules; rewritten for a post whenever its events change.
CREATE TABLE tenures (
  id              bigserial PRIMARY KEY,
  person_id       bigint      NOT NULL REFERENCES people (id),
  post_id         bigint      NOT NULL REFERENCES posts (id),
  organization_id bigint      NOT NULL REFERENCES organizations (id),
  -- [start, end): an unknown start is an unbounded lower end, never an invented date.
  valid           daterange   NOT NULL,
  start_known     boolean     NOT NULL,
  end_reason      text        CHECK (end_reason IN ('REMOVED', 'AUTO_REMOVED', 'SUPERSEDED')),
  end_inferred    boolean     NOT NULL DEFAULT false,
  probation_end   date,
  opened_by       bigint      REFERENCES events (id),
  closed_by       bigint      REFERENCES events (id),
  recorded_at     timestamptz NOT NULL DEFAULT now(),
  CHECK (start_known = NOT lower_inf(valid)),
  CHECK ((end_reason IS NULL) = upper_inf(valid)),
  -- One person never holds the same post twice at once.
  CONSTRAINT tenures_no_overlap EXCLUDE USING gist (person_id WITH =, post_id WITH =, valid WITH &&)
);
-- "Who holds this post / leads this organisation on day D".
CREATE INDEX tenures_post_valid_idx ON tenures USING gist (post_id, valid);
CREATE INDEX tenures_org_valid_idx ON tenures USING gist (organization_id, valid);
CREATE INDEX tenures_person_idx ON tenures (person_id);
CREATE INDEX tenures_probation_end_idx ON tenures (probation_end) WHERE probation_end IS NOT NULL;

CREATE TABLE unparsed_lines (
  id          bigserial PRIMARY KEY,
  document_id bigint      NOT NULL REFERENCES documents (id),
  line        integer     NOT NULL,
  text        text        NOT NULL,
  reason      text        NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (document_id, line)
);
