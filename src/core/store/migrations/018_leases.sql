-- 015: leases 租赁 (R-107): the lease filed with the desk (出租备案), its tenant,
-- term and rent; how it ended (撤租, R-104: keys and meters checked).
CREATE TABLE leases (
  record_id      INTEGER PRIMARY KEY REFERENCES records(id),
  unit_id        INTEGER NOT NULL REFERENCES units(id),
  tenant_id      INTEGER NOT NULL REFERENCES residents(id),
  starts_on      TEXT NOT NULL,                     -- YYYY-MM-DD
  ends_on        TEXT NOT NULL,                     -- YYYY-MM-DD, the agreed last day
  rent_fen       INTEGER CHECK (rent_fen IS NULL OR rent_fen >= 0),   -- per month
  agency_fee_fen INTEGER CHECK (agency_fee_fen IS NULL OR agency_fee_fen >= 0),
  ended_at       TEXT,                              -- 撤租
  early          INTEGER NOT NULL DEFAULT 0,
  meters         TEXT,                              -- JSON {water, electricity, gas} at 撤租
  keys_out       TEXT                               -- JSON: the unit's key sets out at 撤租
);
CREATE INDEX leases_unit ON leases(unit_id, starts_on);
CREATE INDEX leases_ends ON leases(ends_on) WHERE ended_at IS NULL;
