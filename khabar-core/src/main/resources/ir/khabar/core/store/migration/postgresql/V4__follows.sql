-- Follows: a search (its words and its filters as JSON, as the search API takes them) whose new
-- articles are sent to a webhook or an e-mail address. high_water: up to when the index was searched;
-- start_at: when it began to be searched (made, or confirmed), before which nothing is new to it.
CREATE TABLE follow (
  id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind               TEXT    NOT NULL CHECK (kind IN ('webhook', 'email')),
  query              TEXT    NOT NULL,
  filters            TEXT    NOT NULL,
  target             TEXT    NOT NULL,
  secret             TEXT,
  frequency          TEXT    NOT NULL CHECK (frequency IN ('immediate', 'daily')),
  state              TEXT    NOT NULL CHECK (state IN ('pending', 'active', 'paused')),
  failures           BIGINT  NOT NULL DEFAULT 0,
  high_water         BIGINT  NOT NULL,
  start_at           BIGINT  NOT NULL,
  created_at         BIGINT  NOT NULL,
  requester          TEXT    NOT NULL,
  confirm_token      TEXT    UNIQUE,
  unsubscribe_token  TEXT    NOT NULL UNIQUE
);
CREATE INDEX follow_state ON follow (state);
CREATE INDEX follow_target ON follow (target, created_at);
CREATE INDEX follow_requester ON follow (requester, created_at);

-- The outbox: a delivery is written in the transaction that advances its follow's high_water, and
-- marked sent only once the receiver took it, so nothing is lost or sent twice across a restart.
CREATE TABLE follow_delivery (
  id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  follow_id        BIGINT  NOT NULL,
  kind             TEXT    NOT NULL CHECK (kind IN ('confirmation', 'alert')),
  payload          TEXT    NOT NULL,
  created_at       BIGINT  NOT NULL,
  attempts         BIGINT  NOT NULL DEFAULT 0,
  next_attempt_at  BIGINT  NOT NULL,
  sent_at          BIGINT,
  last_error       TEXT
);
CREATE INDEX follow_delivery_due ON follow_delivery (sent_at, next_attempt_at);
CREATE INDEX follow_delivery_follow ON follow_delivery (follow_id);

-- Which articles each follow has been given: one is never sent to the same follow twice.
CREATE TABLE follow_article (
  follow_id    BIGINT  NOT NULL,
  article_id   TEXT    NOT NULL,
  delivery_id  BIGINT  NOT NULL,
  PRIMARY KEY (follow_id, article_id)
);
