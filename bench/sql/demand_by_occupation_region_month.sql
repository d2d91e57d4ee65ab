-- Grain: one row per occupation (SOC 2018) × region × posting month.
-- Postings counted and their median advertised annual wage, from stg_postings. Plain SQL over one relation, so it
-- runs unchanged on a DuckDB table, on a partitioned Parquet set, on MotherDuck, and (with `median` spelled as the
-- engine's percentile function) on Spark or Trino; see docs/scale-out.md.
with postings as (
    select * from stg_postings
),
final as (
    select
        soc_code,
        region,
        posting_month,
        count(*) as postings,
        median(wage_usd) as median_wage_usd
    from postings
    group by soc_code, region, posting_month
)
select * from final
