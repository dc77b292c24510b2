-- Region indexes that also carry the list order: the first page of a broad search within a region ("食品" in
-- 长沙市) is then found by walking one region's entries in credit-code order instead of collecting and sorting
-- every match.
create index enterprise_county_uscc_idx on enterprise (county_code, uscc);
create index enterprise_prefecture_uscc_idx on enterprise (prefecture_code, uscc);
drop index enterprise_county_idx;
drop index enterprise_prefecture_idx;
