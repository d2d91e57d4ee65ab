-- Grain: one row per job posting that names an occupation and a positive annual wage.
-- Source: `raw_postings`, a job-postings export (the synthetic one of bench/syntheticPostings.ts, or a vendor's file
-- with the same columns). Staging renames and types; it adds the posting month, which the mart groups by and the
-- Parquet layout partitions by (docs/scale-out.md).
with source as (
    select * from raw_postings
),
usable as (
    select *
    from source
    where soc_code is not null  -- a posting not coded to an occupation says nothing about occupational demand
      and wage_usd > 0          -- a missing or zero advertised wage is not a wage
),
renamed as (
    select
        posting_id,
        soc_code,
        substr(soc_code, 1, 2) || '-0000' as major_group_code,
        region,
        cast(posted_on as date) as posted_on,
        cast(date_trunc('month', posted_on) as date) as posting_month,
        cast(wage_usd as double) as wage_usd,
        skills
    from usable
)
select * from renamed
