-- sampling module: the sampled enterprise's industry (GB/T 4754 division) as it was when sampled, for pass rates
-- by industry; and the industry output weights of the weighted manufacturing pass rate
alter table sampling_record add column industry_code text;
create index sampling_record_stats_idx on sampling_record (sampled_on, verdict);

create table sampling_industry_weight (
    industry_code text primary key,
    weight        numeric not null check (weight > 0),
    source        text not null,
    loaded_at     timestamptz not null default now()
);
