-- recall module: domestic (主动召回 / 责令召回) and foreign recalls and alerts (openFDA, RASFF, CPSC, others), one row per
-- recall record as its source identifies it; the source's own terms are kept as text (class, risk, status) because
-- the networks' scales differ (FDA class I-III, RASFF risk decision, CPSC none) and must not be conflated.
create table recall (
    id                bigserial primary key,
    source            text        not null check (source in ('DOMESTIC', 'OPENFDA', 'RASFF', 'CPSC', 'FOREIGN')),
    reference         text        not null,
    recall_type       text        not null default '',
    risk_class        text        not null default '',
    status            text        not null default '',
    recalled_on       date        not null,
    product           text        not null,
    product_category  text        not null default '',
    brand             text        not null default '',
    model             text        not null default '',
    gtin              text        not null default '',
    batch             text        not null default '',
    quantity          text        not null default '',
    hazard            text        not null default '',
    hazard_category   text        not null default '',
    origin_country    text        not null default '',
    manufacturer      text        not null default '',
    manufacturer_uscc text,
    recalling_firm    text        not null default '',
    notifying_country text        not null default '',
    measures          text        not null default '',
    distribution      text        not null default '',
    description       text        not null default '',
    url               text        not null default '',
    county_code       text,
    prefecture_code   text,
    search_text       text        not null default '',
    imported_by       text        not null,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    unique (source, reference)
);
create index recall_date_idx on recall (recalled_on desc, id desc);
create index recall_origin_idx on recall (lower(origin_country));
create index recall_search_idx on recall using gin (search_text gin_trgm_ops);
