-- credit module: credit-risk classes imported from the national (or provincial) credit platform, per month
create table credit_national_class (
    month         date        not null,
    uscc          varchar(18) not null,
    credit_class  char(1)     not null check (credit_class in ('A', 'B', 'C', 'D')),
    source        text        not null,
    imported_by   text        not null,
    imported_at   timestamptz not null default now(),
    primary key (month, uscc)
);
