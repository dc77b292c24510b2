-- accident module: product quality-safety accidents (质量安全事故), one row per accident report. The record kind
-- AccidentKind declares the fields; the generic record pages show them.
create table accident (
    id               bigserial primary key,
    accident_no      text          not null unique,
    occurred_on      date          not null,
    county_code      text          not null,
    prefecture_code  text          not null,
    place            text          not null default '',
    product          text          not null,
    category_code    text,
    category_source  text,
    hazard_code      text,
    hazard_source    text,
    deaths           bigint,
    injured          bigint,
    loss             numeric(14, 2),
    enterprise_name  text          not null default '',
    party_uscc       text,
    description      text          not null,
    cause            text          not null default '',
    source           text          not null,
    link_status      text          check (link_status in ('LINKED', 'MATCHED', 'UNRESOLVED')),
    enterprise_uscc  text,
    search_text      text          not null default '',
    created_by       text          not null,
    created_at       timestamptz   not null default now()
);
create index accident_scope_idx on accident (prefecture_code, county_code, occurred_on desc);
create index accident_occurred_idx on accident (occurred_on desc, id desc);
create index accident_enterprise_idx on accident (enterprise_uscc);
create index accident_category_idx on accident (category_code);
create index accident_search_idx on accident using gin (search_text gin_trgm_ops);
