-- sampling module: item results per testing round (1 = first test, 2 = re-test 复检) and the report of each round

create table sampling_result (
    record_id     bigint not null references sampling_record (id),
    plan_item_id  bigint not null references sampling_plan_item (id),
    round         int not null check (round in (1, 2)),
    measured      text not null,
    verdict       text not null check (verdict in ('PASS', 'FAIL', 'INVALID')),
    reason        text not null default '',
    entered_by    text not null,
    entered_at    timestamptz not null default now(),
    primary key (record_id, plan_item_id, round)
);

create table sampling_report (
    record_id    bigint not null references sampling_record (id),
    round        int not null check (round in (1, 2)),
    report_no    text not null,
    report_date  date not null,
    primary key (record_id, round)
);

alter table sampling_record add column verdict_round int;
-- set when a verdict changes; cleared once InspectionPassed / InspectionFailed has been published (outbox)
alter table sampling_record add column verdict_event_pending boolean not null default false;
create index sampling_record_event_idx on sampling_record (id) where verdict_event_pending;

create sequence sampling_sample_no_seq;
