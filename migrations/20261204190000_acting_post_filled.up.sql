-- An acting tenure (代理局长) ends, inferred, when the post it stands in for (局长) is filled, by the
-- acting holder or by anyone (domain.md, "Acting (代理)"): a reason of its own, since "superseded by
-- a successor" would be untrue when the acting holder is the one appointed.
ALTER TABLE tenures DROP CONSTRAINT tenures_end_reason_check;
ALTER TABLE tenures ADD CONSTRAINT tenures_end_reason_check
  CHECK (end_reason IN ('REMOVED', 'AUTO_REMOVED', 'SUPERSEDED', 'POST_FILLED'));
