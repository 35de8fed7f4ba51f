-- What the crawler remembers between runs. Data folders from before the one store have these tables
-- already (the crawler made them itself), hence IF NOT EXISTS: their rows are kept as they are.
CREATE TABLE IF NOT EXISTS crawl_seen (url TEXT PRIMARY KEY, outcome TEXT NOT NULL, at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS crawl_feed (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, at TEXT);
CREATE TABLE IF NOT EXISTS crawl_failure (url TEXT NOT NULL, reason TEXT NOT NULL, at TEXT NOT NULL);
