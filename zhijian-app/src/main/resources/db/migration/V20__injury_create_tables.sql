-- injury module: product injuries and accidents (产品伤害/事故), one row per case, severity on the EU scale 1-4.
create table injury (
    id                bigserial primary key,
    case_no           text     not null unique,
    occurred_on       date     not null,
    county_code       text     not null,
    prefecture_code   text     not null,
    place             text     not null default '',
    age_band          text     not null default '不详',
    sex               text     not null default '不详' check (sex in ('男', '女', '不详')),
    injury_type       text     not null default '',
    body_part         text     not null default '',
    severity          smallint not null check (severity between 1 and 4),
    product           text     not null,
    brand             text     not null default '',
    model             text     not null default '',
    hazard_type       text     not null default '',
    description       text     not null default '',
    source            text     not null check (source in ('医院监测', '报告', '媒体', '其他')),
    manufacturer      text     not null default '',
    manufacturer_uscc text,
    link_status       text     check (link_status in ('LINKED', 'MATCHED', 'UNRESOLVED')),
    enterprise_uscc   text,
    search_text       text     not null default '',
    created_by        text     not null,
    created_at        timestamptz not null default now()
);
create index injury_scope_idx on injury (prefecture_code, county_code, occurred_on desc);
create index injury_date_idx on injury (occurred_on desc, id desc);
create index injury_enterprise_idx on injury (enterprise_uscc);
create index injury_search_idx on injury using gin (search_text gin_trgm_ops);
