-- indicator module: development plans, their indicators (专栏1), and yearly values per region with their history.
create table indicator_plan (
    code       text primary key,
    name       text        not null,
    start_year int         not null,
    end_year   int         not null,
    created_by text        not null,
    created_at timestamptz not null default now()
);

create table indicator (
    id             bigserial primary key,
    plan_code      text    not null references indicator_plan (code),
    no             int     not null,
    domain         text    not null,
    name           text    not null,
    name_en        text    not null default '',
    unit           text    not null,
    comparator     text    not null check (comparator in ('>=', '<=', '=', '>=national')),
    baseline_year  int     not null,
    baseline_value numeric not null,
    target_year    int     not null,
    target_value   numeric,
    target_text    text    not null default '',
    attribute      text    not null check (attribute in ('EXPECTED', 'BINDING')),
    source         text    not null check (source in ('ENTERED', 'COMPUTED')),
    computed_key   text,
    definition     text    not null default '',
    unique (plan_code, no)
);

-- every value ever given, newest last: the current value of (indicator, year, region) is the one with the highest id
create table indicator_value (
    id           bigserial primary key,
    indicator_id bigint      not null references indicator (id),
    year         int         not null,
    region_code  text        not null,
    value        numeric,
    numerator    numeric,
    denominator  numeric,
    national_target numeric,
    note         text        not null default '',
    entered_by   text        not null,
    entered_at   timestamptz not null default now()
);
create index indicator_value_idx on indicator_value (indicator_id, region_code, year, id desc);
