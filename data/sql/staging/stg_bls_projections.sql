-- Grain: one row per 2024 National Employment Matrix occupation (SOC 2018 code), summary groups included.
-- Source: BLS Employment Projections 2024–34, table 1.2. Employment and openings are in thousands in the
-- raw table; staging converts them to persons so every mart speaks one unit.
with source as (
    select * from src_bls_projections
),
renamed as (
    select
        soc_code,
        occupation,
        occupation_type = 'Summary' as is_summary,
        substr(soc_code, 1, 2) || '-0000' as major_group_code,
        employment_2024_thousands * 1000 as employment_2024,
        employment_2034_thousands * 1000 as employment_2034,
        employment_change_thousands * 1000 as employment_change,
        employment_change_pct,
        annual_openings_thousands * 1000 as annual_openings,
        median_wage_usd,
        median_wage_top_coded,
        typical_education,
        work_experience,
        on_the_job_training
    from source
)
select * from renamed
