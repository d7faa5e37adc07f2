-- 013: small lending at the desk 借用 (R-1300): one row per JD loan. The items,
-- their stock and deposits are in the profile (lend.items); the deposit money is in
-- the ledger (R-003: received at lending, refunded or deducted at return).
CREATE TABLE lend_loans (
  record_id     INTEGER PRIMARY KEY REFERENCES records(id),
  item          TEXT NOT NULL,                   -- the profile's item key, e.g. 'umbrella'
  count         INTEGER NOT NULL CHECK (count >= 1),
  borrower      TEXT NOT NULL,
  phone         TEXT NOT NULL,
  deposit_fen   INTEGER NOT NULL CHECK (deposit_fen >= 0),
  returned_at   TEXT,
  damaged       INTEGER NOT NULL DEFAULT 0,
  kept_fen      INTEGER CHECK (kept_fen IS NULL OR kept_fen >= 0),
  note          TEXT
);
CREATE INDEX lend_loans_item ON lend_loans(item);
CREATE INDEX lend_loans_returned ON lend_loans(returned_at);
