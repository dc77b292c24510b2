-- indicator module: yearly reporting rounds (填报), their per-prefecture extensions, and each prefecture's submission
-- going 填报 → 市州审核 → 省级审定 (or back, with a comment); every step kept.
create table indicator_round (
    id          bigserial primary key,
    plan_code   text        not null references indicator_plan (code),
    year        int         not null,
    opens_on    date        not null,
    closes_on   date        not null,
    locked      boolean     not null default false,
    created_by  text        not null,
    created_at  timestamptz not null default now(),
    unique (plan_code, year)
);

create table indicator_extension (
    round_id        bigint not null references indicator_round (id),
    prefecture_code text   not null,
    until           date   not null,
    primary key (round_id, prefecture_code)
);

create table indicator_submission (
    id              bigserial primary key,
    round_id        bigint      not null references indicator_round (id),
    prefecture_code text        not null,
    status          text        not null check (status in ('DRAFT', 'SUBMITTED', 'REVIEWED', 'APPROVED', 'RETURNED')),
    submitted_by    text,
    updated_at      timestamptz not null default now(),
    unique (round_id, prefecture_code)
);

create table indicator_submission_step (
    id            bigserial primary key,
    submission_id bigint      not null references indicator_submission (id),
    action        text        not null,
    comment       text        not null default '',
    actor         text        not null,
    at            timestamptz not null default now()
);
