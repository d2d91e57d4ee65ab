-- Staging for NCSES SHED-8 (NPSAS:12 and NPSAS:16): share of students who took any class entirely online,
-- one row per programme level × field group × survey year. Heading rows (no field) carry no value.
with source as (
    select * from src_ncses_online_classes
    where field is not null  -- programme-level heading rows are empty in the table
),
long as (
    select row_id, programme_level, field, 2012 as year, pct_2012 as pct, suppressed_2012 as suppressed, caution_2012 as caution from source
    union all
    select row_id, programme_level, field, 2016 as year, pct_2016 as pct, suppressed_2016 as suppressed, caution_2016 as caution from source
),
renamed as (
    select
        row_id,
        programme_level,
        field,
        year,  -- NPSAS:12 covers academic year 2011-12, NPSAS:16 covers 2015-16
        pct / 100.0 as share_any_class_online,
        suppressed,
        caution
    from long
)
select * from renamed
