-- recall module: the product category and hazard type of a recall row and where they came from (AUTO: the keyword
-- classifier, OFFICER: an officer); null until the classifier has looked at the row
alter table recall
    add column category_code   text,
    add column category_source text check (category_source in ('AUTO', 'OFFICER')),
    add column hazard_code     text,
    add column hazard_source   text check (hazard_source in ('AUTO', 'OFFICER'));
create index recall_category_idx on recall (category_code);
create index recall_unclassified_idx on recall (id) where category_source is null or hazard_source is null;
