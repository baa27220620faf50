-- Back to `valid` alone: a zero-day tenure becomes an empty range again and its dates are lost.
ALTER TABLE tenures ALTER COLUMN valid DROP EXPRESSION;
ALTER TABLE tenures DROP CONSTRAINT tenures_days_order;
ALTER TABLE tenures DROP CONSTRAINT tenures_end_reason_given;
ALTER TABLE tenures DROP CONSTRAINT tenures_start_known;
ALTER TABLE tenures DROP COLUMN start_on;
ALTER TABLE tenures DROP COLUMN end_on;
ALTER TABLE tenures ADD CONSTRAINT tenures_check CHECK (start_known = NOT lower_inf(valid));
ALTER TABLE tenures ADD CONSTRAINT tenures_check1 CHECK ((end_reason IS NULL) = upper_inf(valid));
