-- The draw pool is read by an index-only scan (V37), which is only as fast as the table's visibility map is
-- current: rows changed since the last vacuum are fetched from the table (measured on a million enterprises: a
-- change to 3 % of them doubled the read until the next vacuum). By default autovacuum waits for a fifth of the
-- table to change; here it comes after 1 % (and analyses after 2 %), within a minute of an ordinary daily import.
alter table enterprise set (autovacuum_vacuum_scale_factor = 0.01, autovacuum_analyze_scale_factor = 0.02);
