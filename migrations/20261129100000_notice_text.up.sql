-- The notice as printed (its lines start_line..end_line of the document, joined by newlines), so
-- that a reader can check every event against the text it came from. Notices loaded before this
-- migration keep NULL: their events still carry their own source lines.
ALTER TABLE notices ADD COLUMN body text;
