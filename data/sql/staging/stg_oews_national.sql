-- Grain: one row per SOC code × OEWS occupation level (total, major, minor, broad, detailed); an aggregate code
-- such as 13-1020 appears both as a broad group and as a detailed occupation.
-- Source: BLS OEWS May 2024, national cross-industry estimates. Employment in persons, wages in USD per year.
-- Wages the file top-codes ("#", ≥ $239,200) are 239,200 here, a lower bound, with annual_wage_top_coded set.
with source as (
    select * from src_oews_national
),
renamed as (
    select
        soc_code,
        occupation,
        occupation_level,
        employment,
        mean_wage_usd,
        wage_p10_usd,
        wage_p25_usd,
        median_wage_usd,
        wage_p75_usd,
        wage_p90_usd,
        annual_wage_top_coded,
        annual_wages_only,
        hourly_wages_only
    from source
)
select * from renamed
