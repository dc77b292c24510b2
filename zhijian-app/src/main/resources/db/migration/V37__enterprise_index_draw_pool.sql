-- The object pool of a double-random draw is most of the operating registry, read county by county with each
-- member's credit code and categories (PoolReader). Read from the table, every one of a million rows is unpacked up
-- to its last column; an index holding just the columns the read needs makes it an index-only scan at about a
-- tenth of the size. It replaces the county listing index (V9) and keeps its leading columns, so a county's
-- enterprises are still listed in credit-code order from it, and an import maintains one index rather than two (a
-- second one cost about 10 s per million rows imported). Plain key columns rather than INCLUDE, which not every
-- PostgreSQL-compatible server has. Category codes are at most 16 characters, so an entry stays far below the
-- b-tree limit of about 2,700 bytes unless an enterprise lists well over a hundred categories.
drop index enterprise_county_uscc_idx;
create index enterprise_county_uscc_idx on enterprise (county_code, uscc, status, prefecture_code, category_text);
