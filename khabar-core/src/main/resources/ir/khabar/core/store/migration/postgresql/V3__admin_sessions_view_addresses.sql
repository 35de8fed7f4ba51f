-- Admin sessions live on the server, so logging out ends them; the id is a keyed hash of the cookie.
CREATE TABLE admin_session (
  id          TEXT    PRIMARY KEY,
  expires_at  BIGINT NOT NULL
);
CREATE INDEX admin_session_expiry ON admin_session (expires_at);

-- Which address (a keyed hash) each day's visitor came from: one address counts as only a few visitors.
ALTER TABLE article_view_visitor ADD COLUMN address TEXT NOT NULL DEFAULT '';
CREATE INDEX article_view_visitor_address ON article_view_visitor (article_id, day, address);
