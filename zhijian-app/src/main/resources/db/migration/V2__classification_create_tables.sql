-- classification module: GB/T 4754-2017 industries and product categories
create table industry (
    code        varchar(2) primary key,
    name        text       not null,
    level       text       not null check (level in ('section', 'division')),
    parent_code varchar(2) references industry (code)
);

create table product_category (
    code        varchar(40) primary key,
    parent_code varchar(40) references product_category (code),
    name_zh     text        not null,
    name_en     text,
    kind        text        not null check (kind in ('industrial', 'consumer', 'food', 'agricultural',
                                                     'drug', 'device', 'cosmetic')),
    source      text,
    created_at  timestamptz not null default now(),
    created_by  text
);
create index product_category_parent_idx on product_category (parent_code);

-- codes never change once used: refuse any update of the key
create function product_category_code_is_immutable() returns trigger language plpgsql as $$
begin
    if new.code <> old.code then
        raise exception 'product category code % cannot change', old.code using errcode = 'check_violation';
    end if;
    return new;
end $$;
create trigger product_category_code_immutable before update on product_category
    for each row execute function product_category_code_is_immutable();
