-- region module: GB/T 2260 administrative divisions
create table region (
    code        varchar(6) primary key,
    name        text       not null,
    level       text       not null check (level in ('province', 'prefecture', 'county')),
    parent_code varchar(6) references region (code),
    source      text
);
create index region_parent_idx on region (parent_code);
