-- recall module: foreign recalls of Chinese-made products matched to registered enterprises, for follow-up.
alter table recall add column watched_at timestamptz;
create table recall_watch (
    recall_id       bigint      not null references recall (id),
    enterprise_uscc text        not null,
    enterprise_name text        not null,
    matched_name    text        not null,
    score           numeric(4, 3) not null,
    status          text        not null default 'NEW' check (status in ('NEW', 'FOLLOWING', 'DISMISSED')),
    decided_by      text,
    decided_at      timestamptz,
    created_at      timestamptz not null default now(),
    primary key (recall_id, enterprise_uscc)
);
create index recall_watch_status_idx on recall_watch (status, created_at desc);
