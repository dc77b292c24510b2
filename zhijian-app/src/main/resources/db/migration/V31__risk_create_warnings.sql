-- risk module: warnings (风险预警) raised from signals or by hand, their risk assessment and measures.
create table risk_warning (
    id                bigserial primary key,
    warning_no        text        not null unique,
    title             text        not null,
    origin            text        not null check (origin in ('SIGNAL', 'MANUAL')),
    source            text,
    category_code     text,
    hazard_code       text,
    region_code       text        not null,
    county_code       text,
    prefecture_code   text,
    enterprise_uscc   text,
    description       text        not null default '',
    status            text        not null check (status in ('PENDING', 'ASSESSED', 'ACTING', 'CLOSED')),
    preliminary_level text        not null check (preliminary_level in ('LOW', 'MEDIUM', 'HIGH', 'SERIOUS')),
    risk_level        text        check (risk_level in ('LOW', 'MEDIUM', 'HIGH', 'SERIOUS')),
    assessment        text        not null default '',
    handling_level    text        not null check (handling_level in ('COUNTY', 'PREFECTURE', 'PROVINCE')),
    escalations       int         not null default 0,
    due_at            timestamptz not null,
    conclusion        text        not null default '',
    created_by        text        not null,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    closed_at         timestamptz
);
create index risk_warning_scope_idx on risk_warning (prefecture_code, county_code, status);
create index risk_warning_due_idx on risk_warning (due_at) where status <> 'CLOSED';
create sequence risk_warning_no_seq;

create table risk_measure (
    id              bigserial primary key,
    warning_id      bigint      not null references risk_warning (id),
    kind            text        not null check (kind in ('CONSUMER_ALERT', 'TARGETED_SAMPLING', 'RECALL_REQUEST',
                                                         'REFERRAL_FOLLOW_UP', 'REFERRAL_ATTENTION', 'INTERVIEW')),
    title           text        not null default '',
    detail          text        not null default '',
    target_region   text,
    enterprise_uscc text,
    plan_id         bigint,
    due_on          date,
    status          text        not null check (status in ('OPEN', 'DONE')),
    reply           text        not null default '',
    replied_by      text,
    replied_at      timestamptz,
    published_at    timestamptz,
    created_by      text        not null,
    created_at      timestamptz not null default now()
);
create index risk_measure_warning_idx on risk_measure (warning_id);
create index risk_measure_target_idx on risk_measure (target_region) where status = 'OPEN';
create index risk_measure_published_idx on risk_measure (published_at desc) where published_at is not null;
