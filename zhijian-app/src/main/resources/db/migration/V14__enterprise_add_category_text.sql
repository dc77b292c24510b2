-- enterprise module: the product categories also as plain text ("CON-EE-AV FOOD"), kept by a trigger. Reading a
-- draw pool of a million enterprises spends most of its database time turning arrays into text; a text column
-- reads at the cost of the credit code itself.
alter table enterprise add column category_text text not null default '';

create function enterprise_category_text() returns trigger language plpgsql as $$
begin
    new.category_text := coalesce(array_to_string(new.category_codes, ' '), '');
    return new;
end $$;
create trigger enterprise_category_text before insert or update of category_codes on enterprise
    for each row execute function enterprise_category_text();

update enterprise set category_text = array_to_string(category_codes, ' ') where cardinality(category_codes) > 0;
