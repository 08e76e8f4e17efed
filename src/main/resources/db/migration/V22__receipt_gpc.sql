-- Whether a submission came with the Sec-GPC: 1 header (R5), so its consent receipt can say so.
ALTER TABLE submissions ADD COLUMN gpc_seen BOOLEAN DEFAULT FALSE NOT NULL;
