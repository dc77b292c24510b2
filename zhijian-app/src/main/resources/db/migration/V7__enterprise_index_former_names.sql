-- enterprise module: searchable former names (a trigram index needs a plain text column)
alter table enterprise add column former_names_text text not null default '';

create function enterprise_former_names_text() returns trigger language plpgsql as $$
begin
    new.former_names_text := coalesce(array_to_string(new.former_names, '；'), '');
    return new;
end $$;
create trigger enterprise_former_names_text before insert or update of former_names on enterprise
    for each row execute function enterprise_former_names_text();

update enterprise set former_names_text = array_to_string(former_names, '；') where cardinality(former_names) > 0;
create index enterprise_former_names_trgm_idx on enterprise using gin (former_names_text gin_trgm_ops);
