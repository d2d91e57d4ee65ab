-- Staging for data/published/survey-figures.csv: one row per survey × measure, as published.
with source as (
    select * from src_published_survey_figures
),
renamed as (
    select
        survey,
        year,
        measure,
        numerator,
        denominator,
        value,
        unit,
        note,
        citation
    from source
)
select * from renamed
