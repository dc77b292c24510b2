-- enforcement module: administrative penalty decisions (行政处罚决定), one row per case number.
create table enforcement_case (
    id                bigserial primary key,
    case_no           text          not null unique,
    party_name        text          not null,
    party_uscc        text,
    county_code       text          not null,
    prefecture_code   text          not null,
    violation_type    text          not null,
    legal_basis       text          not null default '',
    facts             text          not null default '',
    fine_amount       numeric(16, 2),
    confiscation      text          not null default '',
    suspension        boolean       not null default false,
    revocation        boolean       not null default false,
    decided_on        date          not null,
    publicity_until   date,
    link_status       text          check (link_status in ('LINKED', 'MATCHED', 'UNRESOLVED')),
    enterprise_uscc   text,
    search_text       text          not null default '',
    created_by        text          not null,
    created_at        timestamptz   not null default now()
);
create index enforcement_scope_idx on enforcement_case (prefecture_code, county_code, decided_on desc);
create index enforcement_enterprise_idx on enforcement_case (enterprise_uscc);
create index enforcement_search_idx on enforcement_case using gin (search_text gin_trgm_ops);
