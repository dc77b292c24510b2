-- A draw's pool snapshot is gzip already: storing it without a second (pglz) compression attempt saves time per draw.
alter table sampling_draw alter column pool_snapshot set storage external;
