-- complaint module: the hazard type and where the category and hazard came from (AUTO: the keyword classifier,
-- OFFICER: the file, the request or an officer); null until the classifier has looked at the row
alter table complaint
    add column category_source text check (category_source in ('AUTO', 'OFFICER')),
    add column hazard_code     text,
    add column hazard_source   text check (hazard_source in ('AUTO', 'OFFICER'));
update complaint set category_source = 'OFFICER' where category_code is not null;
create index complaint_category_idx on complaint (category_code, received_at);
create index complaint_unclassified_idx on complaint (id) where category_source is null or hazard_source is null;
