-- Staging for mapped survey exports: one row per survey × respondent (the export's line number) with the
-- respondent's weight (1 when the mapping names no weight column).
with source as (
    select * from src_survey_respondents
),
renamed as (
    select survey, respondent, weight
    from source
)
select * from renamed
