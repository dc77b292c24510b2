-- account module: users, personal API tokens and sign-in lock-outs
create table app_user (
    id                   bigserial primary key,
    username             varchar(64) not null unique,
    display_name         text        not null,
    password_hash        text        not null,
    role                 text        not null check (role in ('PROVINCE_ADMIN', 'ANALYST', 'PREFECTURE_OFFICER',
                                                              'COUNTY_OFFICER', 'INSPECTOR', 'ENTERPRISE')),
    region_code          varchar(6),
    enterprise_uscc      varchar(18),
    enabled              boolean     not null default true,
    must_change_password boolean     not null default false,
    demo                 boolean     not null default false,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    check (role not in ('PREFECTURE_OFFICER', 'COUNTY_OFFICER') or region_code is not null),
    check (role <> 'ENTERPRISE' or enterprise_uscc is not null)
);

create table api_token (
    id           bigserial primary key,
    user_id      bigint      not null references app_user (id),
    name         text        not null,
    token_hash   varchar(64) not null unique,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz not null,
    revoked_at   timestamptz,
    last_used_at timestamptz
);
create index api_token_user_idx on api_token (user_id);

-- failed sign-ins per account ('user:NAME') and per address ('addr:IP')
create table login_attempt (
    attempt_key  text primary key,
    failures     int         not null default 0,
    last_failure timestamptz,
    locked_until timestamptz
);
