-- indicator module: the yearly assessment of the prefectures (考核): a scheme of items per year, the inputs the
-- province records per prefecture (tasks done, incidents, awards; indicator items read the indicators' values),
-- kept with their history.
create table assessment_scheme (
    id         bigserial primary key,
    year       int         not null unique,
    created_by text        not null,
    created_at timestamptz not null default now()
);

create table assessment_item (
    id               bigserial primary key,
    scheme_id        bigint  not null references assessment_scheme (id),
    code             text    not null,
    name             text    not null,
    kind             text    not null check (kind in ('INDICATOR', 'TASK', 'DEDUCTION', 'BONUS', 'VETO')),
    points           numeric not null default 0,
    floor_value      numeric,
    target_value     numeric,
    higher_is_better boolean not null default true,
    per_unit         numeric not null default 0,
    indicator_id     bigint references indicator (id),
    unique (scheme_id, code)
);

create table assessment_input (
    id              bigserial primary key,
    scheme_id       bigint      not null references assessment_scheme (id),
    item_code       text        not null,
    prefecture_code text        not null,
    value           numeric     not null,
    note            text        not null default '',
    entered_by      text        not null,
    entered_at      timestamptz not null default now()
);
create index assessment_input_idx on assessment_input (scheme_id, prefecture_code, item_code, id desc);
