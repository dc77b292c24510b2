-- audit module: the append-only trail of who did what, when, from where
create table audit_event (
    id          bigserial primary key,
    occurred_at timestamptz not null default now(),
    actor       text        not null,
    actor_role  text,
    address     text,
    action      text        not null,
    object_type text,
    object_id   text,
    summary     text,
    before_json jsonb,
    after_json  jsonb
);
create index audit_event_time_idx on audit_event (occurred_at desc);
create index audit_event_actor_idx on audit_event (actor);
create index audit_event_object_idx on audit_event (object_type, object_id);

-- append-only: no update, delete or truncate, whoever asks
create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only' using errcode = 'insufficient_privilege';
end $$;
create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
