-- enterprise module: the registry of market entities (市场主体名录)
create extension if not exists pg_trgm;

create table enterprise (
    uscc                 varchar(18) primary key,
    registration_number  varchar(15),
    organization_code    varchar(9),
    name                 text        not null,
    former_names         text[]      not null default '{}',
    legal_representative text,
    address              text,
    county_code          varchar(6)  not null,
    prefecture_code      varchar(6)  not null,
    industry_code        varchar(2),
    scale                text check (scale in ('大', '中', '小', '微')),
    status               text        not null check (status in ('存续', '注销', '吊销')),
    established_on       date,
    category_codes       text[]      not null default '{}',
    licences             jsonb       not null default '[]',
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now()
);
create index enterprise_name_trgm_idx on enterprise using gin (name gin_trgm_ops);
create index enterprise_county_idx on enterprise (county_code);
create index enterprise_prefecture_idx on enterprise (prefecture_code);
create index enterprise_industry_idx on enterprise (industry_code);
create index enterprise_category_idx on enterprise using gin (category_codes);

-- real codes known to fail the GB 32100 checksum (pilot-era registrations), accepted after review
create table uscc_override (
    code     varchar(18) primary key,
    reason   text        not null,
    added_by text        not null,
    added_at timestamptz not null default now()
);
insert into uscc_override (code, reason, added_by) values
    ('91350100M0001TGQXM', '试点期代码，校验位不符但合法有效（福建恒跃柳工机械销售有限公司）', 'system'),
    ('91350211M0000XUF46', '试点期代码，校验位不符但合法有效', 'system'),
    ('91350203M0001FUE2P', '试点期代码，校验位不符但合法有效', 'system');
