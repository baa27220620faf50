-- Documents as offices have them: PDF (with a text layer, or scanned), Word, saved web pages and
-- images besides UTF-8 text (libs/documents reads them into text). A document keeps what it was
-- and what was read from it, and each event the page its source line stands on.
--
-- Identity: a file is the same document when its bytes are the same (sha256, unique), or — as for
-- text before — when the text read from it is the same (content_hash, unique): loading either way
-- again adds nothing. Rows from before this migration were all UTF-8 text loaded without their
-- bytes' hash: kind 'text', sha256 NULL, and their text was not kept (their notices keep their body).
ALTER TABLE documents ADD COLUMN sha256 text UNIQUE CHECK (sha256 ~ '^[0-9a-f]{64}$');
ALTER TABLE documents ADD COLUMN kind text NOT NULL DEFAULT 'text' CHECK (kind IN ('text', 'pdf', 'docx', 'html', 'image'));
-- PDF pages, 1 for an image; NULL where the format has no pages (text, Word, HTML).
ALTER TABLE documents ADD COLUMN page_count integer CHECK (page_count > 0);
-- Some or all of the text came from OCR: only as good as the scan, and pages say so.
ALTER TABLE documents ADD COLUMN ocr boolean NOT NULL DEFAULT false;
-- The text the parser read (line endings normalised), which line numbers refer to.
ALTER TABLE documents ADD COLUMN text text;

-- The page (1-based) of the line an event was read on, where the document has pages. A corrected
-- version of an event keeps its source, page included.
ALTER TABLE events ADD COLUMN source_page integer CHECK (source_page > 0);
ALTER TABLE unparsed_lines ADD COLUMN page integer CHECK (page > 0);
