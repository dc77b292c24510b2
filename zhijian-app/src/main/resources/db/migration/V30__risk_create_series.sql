-- risk module: daily counts per source × county × product category, recounted from the owning modules when their
-- records change; weekly and monthly series are sums of these. '' stands for "no county" (foreign recalls) and
-- "not classified".
create table risk_count (
    source        text not null,
    day           date not null,
    county_code   text not null,
    category_code text not null,
    cases         int  not null,
    population    int  not null default 0,
    primary key (source, day, county_code, category_code)
);

-- one row per source: whether its counts wait for a recount
create table risk_count_state (
    source       text primary key,
    dirty        boolean     not null default true,
    refreshed_at timestamptz,
    row_count    int         not null default 0
);

-- a detection run over every series for one ISO week; sources_done makes it resumable
create table risk_run (
    week         text        primary key,
    week_start   date        not null,
    status       text        not null check (status in ('RUNNING', 'DONE')),
    sources_done text[]      not null default '{}',
    series       int         not null default 0,
    signals      int         not null default 0,
    started_at   timestamptz not null default now(),
    finished_at  timestamptz
);

-- an alarm of one method on one series in one week
create table risk_signal (
    id              bigserial primary key,
    week            text             not null,
    week_start      date             not null,
    source          text             not null,
    region_code     text             not null,
    region_level    text             not null check (region_level in ('PROVINCE', 'PREFECTURE', 'COUNTY')),
    county_code     text,
    prefecture_code text,
    category_code   text             not null,
    method          text             not null,
    observed        int              not null,
    population      int              not null default 0,
    expected        double precision,
    threshold       double precision,
    score           double precision not null,
    diagnostics     text             not null default '',
    covered         boolean          not null default false,
    warning_id      bigint,
    created_at      timestamptz      not null default now(),
    unique (week, source, region_code, category_code, method)
);
create index risk_signal_week_idx on risk_signal (week_start desc, score desc);
create index risk_signal_scope_idx on risk_signal (prefecture_code, county_code, week_start desc);
