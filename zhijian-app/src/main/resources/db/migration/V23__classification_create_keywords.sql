-- classification module: hazard types and the keyword dictionaries that classify complaint and injury descriptions
create table hazard_type (
    code        text primary key,
    name_zh     text not null unique,
    name_en     text not null,
    safety_gate text not null default '',
    sort_order  int  not null
);

create table classification_keyword (
    id          bigserial primary key,
    dictionary  text          not null check (dictionary in ('CATEGORY', 'HAZARD')),
    label       text          not null,
    term        text          not null check (length(term) between 1 and 60),
    weight      numeric(4, 2) not null default 1 check (weight > 0 and weight <= 5),
    seeded      boolean       not null default false,
    removed_at  timestamptz,
    removed_by  text,
    created_by  text          not null,
    created_at  timestamptz   not null default now()
);
-- one live entry per term and label; a removed seed term stays as a tombstone so the seeder does not bring it back
create unique index classification_keyword_live_idx on classification_keyword (dictionary, label, term)
    where removed_at is null;
create index classification_keyword_label_idx on classification_keyword (dictionary, label);
