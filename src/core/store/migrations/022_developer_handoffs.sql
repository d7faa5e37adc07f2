-- 022: the developer hand-off 需开发商协商处理问题记录表 of a housing-quality complaint (R-409):
-- the issue put to the developer, and the developer's reply (tracked as the `developer-reply` deadline).
CREATE TABLE developer_handoffs (
  record_id     INTEGER PRIMARY KEY REFERENCES records(id),
  issue         TEXT NOT NULL,
  opened_at     TEXT NOT NULL,
  reply         TEXT,
  reply_at      TEXT
);
CREATE INDEX developer_handoffs_open ON developer_handoffs(opened_at) WHERE reply_at IS NULL;
