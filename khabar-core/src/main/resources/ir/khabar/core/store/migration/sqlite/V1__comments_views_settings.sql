-- Readers' comments, held for moderation; the address is a keyed hash, never the address itself.
CREATE TABLE reader_comment (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  article_id  TEXT    NOT NULL,
  name        TEXT    NOT NULL,
  email       TEXT    NOT NULL,
  body        TEXT    NOT NULL,
  status      TEXT    NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
  address     TEXT    NOT NULL,
  created_at  INTEGER NOT NULL,
  decided_at  INTEGER
);
CREATE INDEX reader_comment_article ON reader_comment (article_id, status, created_at);
CREATE INDEX reader_comment_status ON reader_comment (status, created_at);
CREATE INDEX reader_comment_address ON reader_comment (address, created_at);

-- Views per article and Tehran day; a visitor (keyed hash) counts once per article and day.
CREATE TABLE article_view (
  article_id  TEXT    NOT NULL,
  day         TEXT    NOT NULL,
  views       INTEGER NOT NULL,
  PRIMARY KEY (article_id, day)
);
CREATE INDEX article_view_day ON article_view (day);
CREATE TABLE article_view_visitor (
  article_id  TEXT NOT NULL,
  day         TEXT NOT NULL,
  visitor     TEXT NOT NULL,
  PRIMARY KEY (article_id, day, visitor)
);

CREATE TABLE setting (
  name   TEXT PRIMARY KEY,
  value  TEXT NOT NULL
);
