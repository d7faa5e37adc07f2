-- 004: checkin (R-200…R-205) and the key cabinet (R-700…R-707), issue 4.
-- (reserved: filled by the workflow's issue)
SELECT 1;
