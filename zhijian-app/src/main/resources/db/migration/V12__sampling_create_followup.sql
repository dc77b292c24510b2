-- sampling module: holiday arrangement, notification, objections (复检申请), rectification and follow-up checks
-- (整改、复查) and publication (一公开)

create table sampling_calendar_day (
    day   date primary key,
    kind  text not null check (kind in ('HOLIDAY', 'WORKDAY')),
    note  text not null default ''
);
create table sampling_calendar_year (
    year       int primary key,
    source     text not null,
    loaded_at  timestamptz not null default now()
);

alter table sampling_record add column published_at timestamptz;
alter table sampling_record add column published_by text;

create table sampling_objection (
    id            bigserial primary key,
    record_id     bigint not null references sampling_record (id),
    filed_by      text not null,
    filed_on      date not null,
    reason        text not null,
    status        text not null check (status in ('FILED', 'ACCEPTED', 'REJECTED')),
    decided_by    text,
    decided_on    date,
    decision_note text
);
create unique index sampling_objection_open_idx on sampling_objection (record_id) where status <> 'REJECTED';

create table sampling_followup (
    record_id          bigint primary key references sampling_record (id),
    ordered_on         date not null,
    rectification_due  date not null,
    recheck_due        date not null,
    rectified_on       date,
    rechecked_on       date,
    recheck_passed     boolean,
    overdue_notified   boolean not null default false
);
