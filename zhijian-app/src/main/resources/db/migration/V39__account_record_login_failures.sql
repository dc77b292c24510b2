-- one row per failed password sign-in, so lock-out rules count over a sliding window (see SignInPolicy);
-- username is the name as typed (stripped, lower-cased), which may belong to no account
drop table login_attempt;
create table login_failure (
    id        bigserial primary key,
    username  text        not null,
    address   text        not null,
    failed_at timestamptz not null default now()
);
create index login_failure_user_idx on login_failure (username, failed_at);
create index login_failure_address_idx on login_failure (address, failed_at);
create index login_failure_time_idx on login_failure (failed_at);
