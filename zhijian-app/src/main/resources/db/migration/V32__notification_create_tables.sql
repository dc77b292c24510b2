-- notification module: notices to the officers of one level and region (the province, a prefecture, a county),
-- read marks per user, and the e-mail address a user wants notices sent to.
create table notification (
    id           bigserial primary key,
    level        text        not null check (level in ('PROVINCE', 'PREFECTURE', 'COUNTY')),
    region_code  text        not null default '',
    title        text        not null,
    body         text        not null default '',
    link         text        not null default '',
    created_at   timestamptz not null default now()
);
create index notification_recipient_idx on notification (level, region_code, created_at desc);

create table notification_read (
    notification_id bigint not null references notification (id),
    username        text   not null,
    primary key (notification_id, username)
);

create table notification_email (
    username text primary key,
    email    text not null
);
