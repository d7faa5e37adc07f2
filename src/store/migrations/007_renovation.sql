-- 007: renovation permits (R-300…R-308), issue 7.
-- (reserved: filled by the workflow's issue)
SELECT 1;
