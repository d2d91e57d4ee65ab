-- Grain: one row per EU country × quarter.
-- Source: Eurostat jvs_q_nace2 (indic_em = JOBRATE), via a wide extract with one column per quarter; unpivoted
-- here. Rate in percent: job vacancies / (occupied posts + job vacancies). A ":" in the file is a null rate.
with source as (
    select * from src_eurostat_jvs
),
long as (
    unpivot source
    on columns('^rate_')
    into name quarter_column value job_vacancy_rate_pct
),
renamed as (
    select
        country_code,
        country,
        -- quarter_column is rate_<yyyy>q<n>_pct
        make_date(cast(substr(quarter_column, 6, 4) as integer), (cast(substr(quarter_column, 11, 1) as integer) - 1) * 3 + 1, 1) as period_start,
        substr(quarter_column, 6, 4) || '-Q' || substr(quarter_column, 11, 1) as period_label,
        job_vacancy_rate_pct
    from long
)
select * from renamed
