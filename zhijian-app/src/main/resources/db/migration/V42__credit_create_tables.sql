-- credit module: credit files (信用档案), classification schemes, monthly credit-risk classes A–D and their changes

create table credit_fact (
    id         bigserial primary key,
    source     text          not null,
    reference  text          not null,
    uscc       varchar(18)   not null,
    kind       text          not null,
    day        date          not null,
    until      date,
    authority  text          not null default '',
    summary    text          not null default '',
    amount     numeric(16, 2),
    link       text          not null default '',
    unique (source, reference, uscc)
);
create index credit_fact_uscc_idx on credit_fact (uscc, day);

-- a source is re-read when its module reports changed records
create table credit_source_state (
    source        text primary key,
    dirty         boolean not null,
    refreshed_at  timestamptz,
    fact_count    int not null default 0
);

create table credit_scheme (
    version    text primary key,
    name       text        not null,
    body       text        not null,
    loaded_by  text        not null,
    loaded_at  timestamptz not null default now(),
    in_use     boolean     not null default false
);
create unique index credit_scheme_in_use_idx on credit_scheme (in_use) where in_use;

-- one run per month and scheme version; a run cut short resumes after the last enterprise done
create table credit_run (
    month           date        not null,
    scheme_version  text        not null references credit_scheme (version),
    status          text        not null check (status in ('RUNNING', 'DONE')),
    pass            int         not null default 1,
    after_uscc      text        not null default '',
    classified      int         not null default 0,
    started_by      text        not null,
    started_at      timestamptz not null default now(),
    finished_at     timestamptz,
    primary key (month, scheme_version)
);

-- the sheet holds the lines with facts or points (the others are the scheme's indicators at 0)
create table credit_class (
    month            date          not null,
    scheme_version   text          not null,
    uscc             varchar(18)   not null,
    county_code      text          not null,
    prefecture_code  text          not null,
    industry_code    text,
    credit_class     char(1)       not null check (credit_class in ('A', 'B', 'C', 'D')),
    score            numeric(10, 2) not null,
    score_class      char(1)       not null check (score_class in ('A', 'B', 'C', 'D')),
    sheet            text          not null,
    pass             int           not null,
    primary key (month, scheme_version, uscc)
);
create index credit_class_uscc_idx on credit_class (uscc, month desc);
create index credit_class_region_idx on credit_class (month, scheme_version, prefecture_code, county_code);

-- class changes from one month to the next (a first class of C or D counts as a change from none)
create table credit_class_change (
    uscc            varchar(18) not null,
    month           date        not null,
    scheme_version  text        not null,
    from_class      char(1),
    to_class        char(1)     not null,
    county_code     text        not null,
    prefecture_code text        not null,
    notified        boolean     not null default false,
    primary key (uscc, month, scheme_version)
);
create index credit_class_change_month_idx on credit_class_change (month, scheme_version, county_code);
