-- complaint module: consumer complaints and reports (投诉举报), one row per work order. Personal data of the
-- complainant is kept for handling and shown masked outside the record's own page.
create table complaint (
    id                  bigserial primary key,
    complaint_no        text        not null unique,
    channel             text        not null check (channel in ('12315热线', '网络', 'APP', '信件', '转办')),
    received_at         timestamptz not null,
    complainant_name    text        not null default '',
    complainant_phone   text        not null default '',
    complainant_id      text        not null default '',
    respondent_name     text        not null,
    respondent_uscc     text,
    respondent_address  text        not null default '',
    county_code         text        not null,
    prefecture_code     text        not null,
    product             text        not null default '',
    category_code       text,
    problem_type        text        not null default '',
    description         text        not null,
    amount              numeric(14, 2),
    status              text        not null default 'REGISTERED'
                                    check (status in ('REGISTERED', 'ACCEPTED', 'MEDIATING', 'TRANSFERRED', 'CLOSED')),
    accepted_at         timestamptz,
    handling_at         timestamptz,
    closed_at           timestamptz,
    outcome             text        not null default '',
    link_status         text        check (link_status in ('LINKED', 'MATCHED', 'UNRESOLVED')),
    enterprise_uscc     text,
    search_text         text        not null default '',
    created_by          text        not null,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now()
);
create index complaint_scope_idx on complaint (prefecture_code, county_code, received_at desc);
create index complaint_received_idx on complaint (received_at desc, id desc);
create index complaint_enterprise_idx on complaint (enterprise_uscc);
create index complaint_search_idx on complaint using gin (search_text gin_trgm_ops);
