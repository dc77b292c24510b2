-- The object pool of a double-random draw is most of the operating registry, read county by county with each
-- member's credit code and categories (JdbcEnterprises.readPool). Read from the table, every one of a million
-- rows is unpacked up to its last column; this index holds just those columns for operating enterprises (about a
-- tenth of the table's size), so the read is an index-only scan in county order. Plain key columns rather than
-- INCLUDE, which not every PostgreSQL-compatible server has. Category codes are at most 16 characters, so an entry
-- stays far below the b-tree limit of about 2,700 bytes unless an enterprise lists well over a hundred categories.
create index enterprise_pool_idx on enterprise (county_code, prefecture_code, uscc, category_text)
    where status = '存续';
