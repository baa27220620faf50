ALTER TABLE unparsed_lines DROP COLUMN page;
ALTER TABLE events DROP COLUMN source_page;
ALTER TABLE documents DROP COLUMN text;
ALTER TABLE documents DROP COLUMN ocr;
ALTER TABLE documents DROP COLUMN page_count;
ALTER TABLE documents DROP COLUMN kind;
ALTER TABLE documents DROP COLUMN sha256;
