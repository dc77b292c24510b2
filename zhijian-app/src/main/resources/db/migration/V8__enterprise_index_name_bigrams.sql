-- enterprise module: two-character Chinese fragments (字号 such as 鑫达) cannot use trigrams; index the bigrams of
-- the name and former names so that any fragment of two or more characters is found through an index
alter table enterprise add column name_bigrams text[] not null default '{}';

create function enterprise_name_bigrams() returns trigger language plpgsql as $$
declare
    source text := lower(coalesce(new.name, '') || ' ' || coalesce(array_to_string(new.former_names, ' '), ''));
    grams  text[] := '{}';
    gram   text;
begin
    for i in 1 .. greatest(length(source) - 1, 0) loop
        gram := substr(source, i, 2);
        if gram !~ '\s' then
            grams := grams || gram;
        end if;
    end loop;
    new.name_bigrams := array(select distinct g from unnest(grams) g);
    return new;
end $$;
create trigger enterprise_name_bigrams before insert or update of name, former_names on enterprise
    for each row execute function enterprise_name_bigrams();

update enterprise set name = name;
create index enterprise_name_bigrams_idx on enterprise using gin (name_bigrams);
