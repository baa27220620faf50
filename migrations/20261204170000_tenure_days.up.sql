-- A tenure that began and ended on one day ([d,d): superseded by a later decision of that day) was
-- stored as PostgreSQL's `empty` range, which keeps no bounds: the tenure lost its dates, the
-- inferred end had none, and the history sorted it last. Its first day and first day no longer held
-- are now columns of their own, and `valid` is computed from them, so the two can never disagree.
-- `valid` stays empty for such a tenure: "who holds the post on D" must not find it.
-- start_bound: for an unknown start on a single seat, the earliest day it can reach back to (the end
-- of the seat's previous known tenure; domain.md, "How far back an unknown start reaches"): `valid`
-- begins there, while start_on stays null and start_known false — the start is still unknown.
ALTER TABLE tenures ADD COLUMN start_on date, ADD COLUMN start_bound date, ADD COLUMN end_on date;
UPDATE tenures SET start_on = lower(valid), end_on = upper(valid) WHERE NOT isempty(valid);
-- Rows stored empty: the day is that of the decision that closed them (or opened them).
UPDATE tenures t SET start_on = e.effective_on, end_on = e.effective_on
  FROM events e WHERE isempty(t.valid) AND e.id = coalesce(t.closed_by, t.opened_by);
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM tenures WHERE isempty(valid) AND start_on IS NULL) THEN
    RAISE EXCEPTION 'a zero-day tenure whose events give no date: fix it by hand before migrating';
  END IF;
END
$$;

ALTER TABLE tenures DROP CONSTRAINT tenures_check;
ALTER TABLE tenures DROP CONSTRAINT tenures_check1;
ALTER TABLE tenures DROP CONSTRAINT tenures_no_overlap;
ALTER TABLE tenures DROP COLUMN valid;
ALTER TABLE tenures ADD COLUMN valid daterange GENERATED ALWAYS AS (daterange(coalesce(start_on, start_bound), end_on)) STORED NOT NULL;
ALTER TABLE tenures ADD CONSTRAINT tenures_start_known CHECK (start_known = (start_on IS NOT NULL));
ALTER TABLE tenures ADD CONSTRAINT tenures_end_reason_given CHECK ((end_reason IS NULL) = (end_on IS NULL));
ALTER TABLE tenures ADD CONSTRAINT tenures_days_order CHECK (start_on <= end_on AND start_bound <= end_on);
ALTER TABLE tenures ADD CONSTRAINT tenures_bound_unknown_start CHECK (start_on IS NULL OR start_bound IS NULL);
ALTER TABLE tenures ADD CONSTRAINT tenures_no_overlap
  EXCLUDE USING gist (post_id WITH =, person_id WITH =, valid WITH &&) WHERE (superseded_at IS NULL);
