-- 014: the staff roster 人员名册 (R-106). A member who leaves stays on file (R-001).
CREATE TABLE staff (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  role        TEXT NOT NULL CHECK (role IN ('manager','supervisor','officer','reception','technician','gm','dept-manager')),
  dept        TEXT,
  areas       TEXT,                                   -- building areas looked after (R-803), comma-separated
  since       TEXT NOT NULL,
  left_at     TEXT,
  created_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX staff_active_name ON staff(name) WHERE left_at IS NULL;
