ALTER TABLE notices DROP COLUMN series_number;
ALTER TABLE notices DROP COLUMN series;
