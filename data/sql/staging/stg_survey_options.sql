-- Staging for survey mappings: one row per survey × canonical question × answer the mapping can produce,
-- in display order (categorical answers as listed, numeric bins by lower bound).
with source as (
    select * from src_survey_options
),
renamed as (
    select survey, question, kind, answer, answer_order, cip_code
    from source
)
select * from renamed
