-- importing module: one row per file import, with progress and outcome
create table import_job (
    id              bigserial primary key,
    kind            text        not null,
    file_name       text        not null,
    status          text        not null check (status in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'REJECTED', 'FAILED')),
    valid_only      boolean     not null,
    update_existing boolean     not null,
    total_bytes     bigint      not null default 0,
    read_bytes      bigint      not null default 0,
    rows_read       bigint      not null default 0,
    rows_inserted   bigint      not null default 0,
    rows_updated    bigint      not null default 0,
    rows_unchanged  bigint      not null default 0,
    rows_rejected   bigint      not null default 0,
    message         text,
    report_path     text,
    requested_by    text,
    created_at      timestamptz not null default now(),
    finished_at     timestamptz
);
