-- recall module: a domestic recall's manufacturer linked to the registry. LINKED: by credit code or confirmed by an
-- officer; MATCHED: by name, one registrant scoring ≥ 0.9; UNRESOLVED: waiting for an officer. Foreign recalls: null.
alter table recall add column link_status text check (link_status in ('LINKED', 'MATCHED', 'UNRESOLVED'));
alter table recall add column linked_by text;
alter table recall add column linked_at timestamptz;
create index recall_unresolved_idx on recall (id) where link_status = 'UNRESOLVED';
