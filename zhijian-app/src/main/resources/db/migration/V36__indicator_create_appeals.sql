-- indicator module: appeals against assessment items (申诉) within the window the province sets; a decision may
-- change the item's input (kept in assessment_input), so the scores are recalculated from the history.
alter table assessment_scheme add column appeal_until date;

create table assessment_appeal (
    id              bigserial primary key,
    scheme_id       bigint      not null references assessment_scheme (id),
    prefecture_code text        not null,
    item_code       text        not null,
    reason          text        not null,
    status          text        not null check (status in ('OPEN', 'ACCEPTED', 'REJECTED')),
    decision        text        not null default '',
    new_value       numeric,
    filed_by        text        not null,
    filed_at        timestamptz not null default now(),
    decided_by      text,
    decided_at      timestamptz
);
create index assessment_appeal_idx on assessment_appeal (scheme_id, prefecture_code);
