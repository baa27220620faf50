-- Same-day decisions about one seat are ordered by the documents (domain.md, "Same day, one seat"):
-- within one issuer's series, `青政任〔2024〕12号` comes after `11号`. A notice's series (issuer and
-- document number without the number, brackets made one kind, full-width digits made ASCII) and its
-- number are computed here, once, from the stored columns: the ingestion reads them back
-- (RETURNING) and the history sorts by them, so there is one definition and no copy of it to drift.
-- A number of more than nine digits is no series number (and would not fit an integer).
ALTER TABLE notices ADD COLUMN series text GENERATED ALWAYS AS (
  CASE WHEN translate(doc_number, '０１２３４５６７８９', '0123456789') ~ '(^|[^0-9])[0-9]{1,9}号$'
       THEN coalesce(issuer, '') || '|' ||
            translate(regexp_replace(translate(doc_number, '０１２３４５６７８９', '0123456789'), '第?[0-9]{1,9}号$', ''),
                      '[［(（【]］)）】', '〔〔〔〔〔〕〕〕〕')
  END) STORED;
ALTER TABLE notices ADD COLUMN series_number integer GENERATED ALWAYS AS (
  CASE WHEN translate(doc_number, '０１２３４５６７８９', '0123456789') ~ '(^|[^0-9])[0-9]{1,9}号$'
       THEN substring(translate(doc_number, '０１２３４５６７８９', '0123456789') FROM '([0-9]{1,9})号$')::integer
  END) STORED;
