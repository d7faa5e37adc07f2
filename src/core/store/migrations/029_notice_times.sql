-- 029 (issue 23): the month's expired notices (R-1000) and the month's phone calls (R-1001) read
-- through their own time index. Without them the planner walked every record to find the few
-- notices (228 ms on the 10-year large estate, 19 ms on the 1-year one) and every call ever made.
CREATE INDEX notices_expired ON notices(expired_at);
CREATE INDEX notice_calls_at ON notice_calls(at);
