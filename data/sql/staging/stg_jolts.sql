-- Grain: one row per JOLTS extract row: measure × (raw or trailing 3-month average) × area × month; the
-- total-nonfarm trailing average for May 2025 appears in two files (the series and the industry chart), with
-- the same value (checked by the data tests).
-- Source: BLS JOLTS, seasonally adjusted, via six extracts in data/raw/job_vacancies. Rates in percent.
-- Areas follow vacancy_pressure's vocabulary: the nation's total nonfarm is the country, supersectors are
-- industries, states are regions.
with source as (
    select 'jolts_openings_total' as extract, * from src_jolts_openings_total
    union all by name
    select 'jolts_unemployed_per_opening', * from src_jolts_unemployed_per_opening
    union all by name
    select 'jolts_openings_by_industry', * from src_jolts_openings_by_industry
    union all by name
    select 'jolts_hires_by_industry', * from src_jolts_hires_by_industry
    union all by name
    select 'jolts_quits_by_industry', * from src_jolts_quits_by_industry
    union all by name
    select 'jolts_openings_by_state', * from src_jolts_openings_by_state
),
renamed as (
    select
        extract,
        period_month as period_start,
        measure,
        is_trailing_3_month_average,
        case
            when geo_level = 'State' then 'region'
            when industry = 'Total nonfarm' then 'country'
            else 'industry'
        end as area_type,
        case
            when geo_level = 'State' then geo
            when industry = 'Total nonfarm' then 'United States'
            else industry
        end as area,
        seasonally_adjusted,
        value
    from source
)
select * from renamed
