-- enforcement module: the product category and hazard type of a enforcement_case row and where they came from (AUTO: the keyword
-- classifier, OFFICER: an officer); null until the classifier has looked at the row
alter table enforcement_case
    add column category_code   text,
    add column category_source text check (category_source in ('AUTO', 'OFFICER')),
    add column hazard_code     text,
    add column hazard_source   text check (hazard_source in ('AUTO', 'OFFICER'));
create index enforcement_case_category_idx on enforcement_case (category_code);
create index enforcement_case_unclassified_idx on enforcement_case (id) where category_source is null or hazard_source is null;
