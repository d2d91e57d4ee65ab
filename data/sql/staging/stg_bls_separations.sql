-- Grain: one row per 2024 National Employment Matrix occupation (SOC 2018 code), summary groups included.
-- Source: BLS Employment Projections 2024–34, table 1.10. Employment and flows arrive in thousands; staging
-- converts them to persons, as stg_bls_projections does. Rates stay in percent of employment per year.
with source as (
    select * from src_bls_separations
),
renamed as (
    select
        soc_code,
        occupation,
        occupation_type = 'Summary' as is_summary,
        employment_2024_thousands * 1000 as employment_2024,
        employment_2034_thousands * 1000 as employment_2034,
        labour_force_exit_rate_pct,
        occupational_transfer_rate_pct,
        separations_rate_pct,
        labour_force_exits_thousands * 1000 as labour_force_exits,
        occupational_transfers_thousands * 1000 as occupational_transfers,
        separations_thousands * 1000 as separations,
        annual_openings_thousands * 1000 as annual_openings
    from source
)
select * from renamed
