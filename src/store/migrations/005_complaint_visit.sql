-- 005: complaints (R-400…R-407), reception log and visitors (R-600…R-602), issue 5.
-- (reserved: filled by the workflow's issue)
SELECT 1;
