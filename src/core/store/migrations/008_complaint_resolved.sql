-- R-801: the month's resolutions in order, for the follow-up sample (cost grows with the month, not the history).
CREATE INDEX complaints_resolved ON complaints(resolved_at) WHERE resolved_at IS NOT NULL;
