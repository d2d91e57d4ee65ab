-- Staging for the user's own completions (data/user/enrolments.csv; an empty relation when absent):
-- one row per CIP 2020 code × award level × year, rolled up to the NCSES field of the code's longest prefix.
with source as (
    select * from src_user_enrolments
),
prefixes as (
    select field_code, unnest(cip_prefixes) as cip_prefix from stg_ncses_field_taxonomy
),
codes as (
    select distinct cip_code from source
),
matched as (
    select
        c.cip_code,
        p.field_code as ncses_field_code,
        row_number() over (partition by c.cip_code order by length(p.cip_prefix) desc) as match_rank  -- longest prefix wins
    from codes c
    join prefixes p on starts_with(c.cip_code, p.cip_prefix)
),
renamed as (
    select
        s.cip_code,
        s.field,
        coalesce(m.ncses_field_code, 'other_non_se') as ncses_field_code,
        s.award_level,
        s.year,
        s.completions,
        s.source
    from source s
    left join matched m on m.cip_code = s.cip_code and m.match_rank = 1
)
select * from renamed
