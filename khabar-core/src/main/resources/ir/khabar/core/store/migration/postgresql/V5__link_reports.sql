-- Readers' reports of a wrong link ("this mention of X in article A is not X"), held for a moderator.
-- A confirmed report is applied whenever the article is understood again (khabar reindex).
-- The address is a keyed hash, as for comments: the rate limit's count.
CREATE TABLE link_report (
  id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  article_id   TEXT    NOT NULL,
  entity_id    TEXT    NOT NULL,
  entity_name  TEXT    NOT NULL,
  note         TEXT    NOT NULL,
  status       TEXT    NOT NULL CHECK (status IN ('pending', 'confirmed', 'dismissed')),
  address      TEXT    NOT NULL,
  created_at   BIGINT  NOT NULL,
  decided_at   BIGINT
);
CREATE INDEX link_report_status ON link_report (status, created_at);
CREATE INDEX link_report_address ON link_report (address, created_at);
