-- injury module: the product category and hazard type (hazard_type keeps what the source wrote) and where they
-- came from (AUTO: the keyword classifier, OFFICER: the file, the request or an officer)
alter table injury
    add column category_code   text,
    add column category_source text check (category_source in ('AUTO', 'OFFICER')),
    add column hazard_code     text,
    add column hazard_source   text check (hazard_source in ('AUTO', 'OFFICER'));
create index injury_category_idx on injury (category_code, occurred_on);
create index injury_unclassified_idx on injury (id) where category_source is null or hazard_source is null;
