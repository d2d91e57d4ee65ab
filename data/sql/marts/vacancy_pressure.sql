-- Grain: one row per source × country × area type × area × period.
-- Answers "how tight is the labour market here and now?" for US industries and states (JOLTS), EU countries
-- (Eurostat job vacancy rate) and any area a user supplies (data/user/shortage/*.csv).
-- Rates in percent; unemployed_per_opening in persons per opening; *_3mo_avg_* are trailing three-month averages.
-- area_type: country | region (a US state, a user's region) | industry (a JOLTS supersector) | occupation (user).
with jolts as (
    select
        'BLS JOLTS' as source,
        'US' as country_code,
        area_type,
        area,
        period_start,
        'month' as period_type,
        strftime(period_start, '%Y-%m') as period_label,
        max(value) filter (where measure = 'Job openings' and not is_trailing_3_month_average) as job_openings_rate_pct,
        max(value) filter (where measure = 'Job openings' and is_trailing_3_month_average) as job_openings_rate_3mo_avg_pct,
        max(value) filter (where measure = 'Unemployed persons per job opening ratio' and not is_trailing_3_month_average) as unemployed_per_opening,
        max(value) filter (where measure = 'Unemployed persons per job opening ratio' and is_trailing_3_month_average) as unemployed_per_opening_3mo_avg,
        max(value) filter (where measure = 'Hires' and is_trailing_3_month_average) as hires_rate_3mo_avg_pct,
        max(value) filter (where measure = 'Quits' and is_trailing_3_month_average) as quits_rate_3mo_avg_pct,
        cast(null as double) as job_vacancy_rate_pct
    from stg_jolts
    -- the May 2025 total-nonfarm trailing average is in two extracts with one value; max() keeps it once
    group by all
),
eurostat as (
    select
        'Eurostat JVS' as source,
        country_code,
        'country' as area_type,
        country as area,
        period_start,
        'quarter' as period_type,
        period_label,
        job_vacancy_rate_pct
    from stg_eurostat_jvs
    where job_vacancy_rate_pct is not null  -- ':' (not available) rows carry no measure
),
user_rates as (
    select
        source,
        country_code,
        area_type,
        area,
        period_start,
        period_type,
        period_label,
        max(value) filter (where indicator = 'job_openings_rate_pct') as job_openings_rate_pct,
        max(value) filter (where indicator = 'unemployed_per_opening') as unemployed_per_opening,
        max(value) filter (where indicator = 'hires_rate_pct') as hires_rate_pct,
        max(value) filter (where indicator = 'quits_rate_pct') as quits_rate_pct,
        max(value) filter (where indicator = 'job_vacancy_rate_pct') as job_vacancy_rate_pct
    from stg_user_shortage
    where indicator <> 'shortage_rating'  -- occupation ratings go to occupation_demand
    group by all
),
unioned as (
    select * from jolts
    union all by name
    select * from eurostat
    union all by name
    select * from user_rates
),
final as (
    select
        source,
        country_code,
        area_type,
        area,
        period_start,
        period_type,
        period_label,
        job_vacancy_rate_pct,
        job_openings_rate_pct,
        job_openings_rate_3mo_avg_pct,
        unemployed_per_opening,
        unemployed_per_opening_3mo_avg,
        hires_rate_pct,
        hires_rate_3mo_avg_pct,
        quits_rate_pct,
        quits_rate_3mo_avg_pct
    from unioned
)
select * from final
order by source, country_code, area_type, area, period_start
