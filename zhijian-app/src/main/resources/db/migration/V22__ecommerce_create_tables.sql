-- ecommerce module: e-commerce listings found in monitoring or online sampling (网上抽查), their disposal (下架) and
-- referral to the seller's local authority (属地查处) with the reply tracked.
create table listing (
    id               bigserial primary key,
    url              text          not null unique,
    platform         text          not null,
    shop             text          not null default '',
    product          text          not null,
    price            numeric(14, 2),
    sales            bigint,
    seller_name      text          not null,
    seller_uscc      text,
    county_code      text          not null,
    prefecture_code  text          not null,
    manufacturer     text          not null default '',
    sample_no        text          not null default '',
    found_on         date          not null,
    status           text          not null default 'FOUND' check (status in ('FOUND', 'REMOVED', 'REFERRED', 'REPLIED')),
    removed_on       date,
    referred_at      timestamptz,
    referral_note    text          not null default '',
    reply            text          not null default '',
    replied_at       timestamptz,
    link_status      text          check (link_status in ('LINKED', 'MATCHED', 'UNRESOLVED')),
    enterprise_uscc  text,
    search_text      text          not null default '',
    created_by       text          not null,
    created_at       timestamptz   not null default now()
);
create index listing_scope_idx on listing (prefecture_code, county_code, found_on desc);
create index listing_enterprise_idx on listing (enterprise_uscc);
create index listing_search_idx on listing using gin (search_text gin_trgm_ops);
