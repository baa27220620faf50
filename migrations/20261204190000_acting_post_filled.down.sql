-- An acting tenure's end becomes what it was called before: superseded.
UPDATE tenures SET end_reason = 'SUPERSEDED' WHERE end_reason = 'POST_FILLED';
ALTER TABLE tenures DROP CONSTRAINT tenures_end_reason_check;
ALTER TABLE tenures ADD CONSTRAINT tenures_end_reason_check
  CHECK (end_reason IN ('REMOVED', 'AUTO_REMOVED', 'SUPERSEDED'));
