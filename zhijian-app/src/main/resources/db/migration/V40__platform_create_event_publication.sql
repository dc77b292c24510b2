-- platform: Spring Modulith's event publication registry (spring-modulith-events-jdbc 2.0.3,
-- schemas/v2/schema-postgresql.sql). An event with a transactional listener is stored in the transaction that
-- publishes it and marked complete when the listener has run, so a reaction cut short by a crash is run again when
-- the application next starts.
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
