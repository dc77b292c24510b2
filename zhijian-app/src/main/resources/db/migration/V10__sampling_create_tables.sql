-- sampling module: plans, inspection items, double-random draws and sampling records (监督抽查)

create table sampling_item_template (
    id                bigserial primary key,
    category_code     text not null,
    name              text not null,
    standard          text not null,
    unit              text not null default '',
    requirement_kind  text not null check (requirement_kind in ('MAX', 'MIN', 'RANGE', 'EQUALS', 'QUALITATIVE')),
    lower_limit       numeric,
    upper_limit       numeric,
    required_text     text,
    item_class        text not null check (item_class in ('A', 'B')),
    created_at        timestamptz not null default now(),
    unique (category_code, name)
);

create table sampling_plan (
    id                   bigserial primary key,
    year                 int not null check (year between 2000 and 2100),
    batch                text not null,
    title                text not null,
    level                text not null check (level in ('NATIONAL', 'PROVINCE', 'PREFECTURE', 'COUNTY')),
    organizer_region     text not null,
    organizer_prefecture text,
    organizer_county     text,
    institution          text not null,
    created_by           text not null,
    created_at           timestamptz not null default now(),
    unique (organizer_region, year, batch)
);
create index sampling_plan_scope_idx on sampling_plan (organizer_prefecture, organizer_county);

create table sampling_plan_category (
    plan_id       bigint not null references sampling_plan (id) on delete cascade,
    category_code text not null,
    primary key (plan_id, category_code)
);

create table sampling_plan_target (
    plan_id      bigint not null references sampling_plan (id) on delete cascade,
    region_code  text not null,
    target_count int not null check (target_count >= 0),
    primary key (plan_id, region_code)
);

create table sampling_plan_item (
    id                bigserial primary key,
    plan_id           bigint not null references sampling_plan (id) on delete cascade,
    category_code     text not null,
    name              text not null,
    standard          text not null,
    unit              text not null default '',
    requirement_kind  text not null check (requirement_kind in ('MAX', 'MIN', 'RANGE', 'EQUALS', 'QUALITATIVE')),
    lower_limit       numeric,
    upper_limit       numeric,
    required_text     text,
    item_class        text not null check (item_class in ('A', 'B')),
    unique (plan_id, category_code, name)
);

create table sampling_inspector_conflict (
    inspector       text not null,
    enterprise_uscc text not null,
    reason          text not null,
    declared_at     timestamptz not null default now(),
    primary key (inspector, enterprise_uscc)
);

create table sampling_draw (
    id              bigserial primary key,
    plan_id         bigint not null references sampling_plan (id),
    status          text not null check (status in ('DRAWN', 'CONFIRMED', 'DISCARDED')),
    algorithm       text not null,
    seed            bigint not null,
    pool_hash       text not null,
    rules           text not null,
    pool_size       int not null,
    inspector_count int not null,
    shortfalls      jsonb not null default '[]',
    pool_snapshot   bytea not null,
    drawn_by        text not null,
    drawn_at        timestamptz not null default now(),
    decided_by      text,
    decided_at      timestamptz
);
create index sampling_draw_plan_idx on sampling_draw (plan_id);
-- at most one confirmed draw per plan
create unique index sampling_draw_confirmed_idx on sampling_draw (plan_id) where status = 'CONFIRMED';

create table sampling_draw_selection (
    draw_id         bigint not null references sampling_draw (id),
    ordinal         int not null,
    enterprise_uscc text not null,
    stratum         text not null,
    county_code     text not null,
    prefecture_code text not null,
    inspectors      text[] not null,
    primary key (draw_id, ordinal)
);

-- A draw's result never changes: only the status of an undecided draw may, and nothing is ever deleted.
create function sampling_draw_immutable() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'SAMPLING: draws are never deleted';
    end if;
    if old.status <> 'DRAWN'
        or (new.plan_id, new.algorithm, new.seed, new.pool_hash, new.rules, new.pool_size, new.inspector_count,
            new.shortfalls, new.pool_snapshot, new.drawn_by, new.drawn_at)
           is distinct from
           (old.plan_id, old.algorithm, old.seed, old.pool_hash, old.rules, old.pool_size, old.inspector_count,
            old.shortfalls, old.pool_snapshot, old.drawn_by, old.drawn_at) then
        raise exception 'SAMPLING: a draw''s result cannot change once made, nor a decided draw''s status';
    end if;
    return new;
end $$;
create trigger sampling_draw_immutable before update or delete on sampling_draw
    for each row execute function sampling_draw_immutable();

create function sampling_draw_selection_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'SAMPLING: draw selections cannot change';
end $$;
create trigger sampling_draw_selection_immutable before update or delete on sampling_draw_selection
    for each row execute function sampling_draw_selection_immutable();

create table sampling_record (
    id                  bigserial primary key,
    sample_no           text not null unique,
    plan_id             bigint not null references sampling_plan (id),
    draw_id             bigint references sampling_draw (id),
    enterprise_uscc     text not null,
    county_code         text not null,
    prefecture_code     text not null,
    category_code       text not null,
    sample_name         text not null,
    brand               text,
    model_spec          text,
    batch_or_date       text,
    quantity            text not null,
    reserve_quantity    text,
    price               numeric(12, 2),
    place_type          text not null check (place_type in ('PRODUCTION', 'CIRCULATION', 'ECOMMERCE')),
    manufacturer_name   text not null,
    manufacturer_uscc   text,
    manufacturer_region text,
    inspectors          text[] not null,
    sampled_on          date not null,
    verdict             text check (verdict in ('CONFORMING', 'NONCONFORMING', 'UNDECIDED')),
    failure_class       text check (failure_class in ('A', 'B')),
    report_no           text,
    report_date         date,
    notified_on         date,
    created_by          text not null,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now()
);
create index sampling_record_enterprise_idx on sampling_record (enterprise_uscc, category_code, sampled_on);
create index sampling_record_scope_idx on sampling_record (prefecture_code, county_code);
create index sampling_record_plan_idx on sampling_record (plan_id);
