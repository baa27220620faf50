-- Back to `valid` alone: a zero-day tenure becomes an empty range again and its dates are lost; an
-- unknown start bounded by the previous tenure reaches back without bound again.
ALTER TABLE tenures ALTER COLUMN valid DROP EXPRESSION;
ALTER TABLE tenures DROP CONSTRAINT tenures_bound_unknown_start;
ALTER TABLE tenures DROP CONSTRAINT tenures_days_order;
ALTER TABLE tenures DROP CONSTRAINT tenures_end_reason_given;
ALTER TABLE tenures DROP CONSTRAINT tenures_start_known;
UPDATE tenures SET valid = daterange(NULL, upper(valid)) WHERE start_bound IS NOT NULL;
ALTER TABLE tenures DROP COLUMN start_on;
ALTER TABLE tenures DROP COLUMN start_bound;
ALTER TABLE tenures DROP COLUMN end_on;
ALTER TABLE tenures ADD CONSTRAINT tenures_check CHECK (start_known = NOT lower_inf(valid));
ALTER TABLE tenures ADD CONSTRAINT tenures_check1 CHECK ((end_reason IS NULL) = upper_inf(valid));
