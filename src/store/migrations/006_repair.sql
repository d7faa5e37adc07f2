-- 006: repair detail beyond 003 (R-500…R-506), issue 6.
-- (reserved: filled by the workflow's issue)
SELECT 1;
