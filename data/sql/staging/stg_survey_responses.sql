-- Staging for mapped survey exports: one row per survey × respondent × canonical question × answer, with the
-- respondent's weight (1 when the mapping names no weight column). Amounts are USD.
with answers as (
    select * from src_survey_answers
),
respondents as (
    select * from src_survey_respondents
),
joined as (
    select
        a.survey,
        a.respondent,
        a.question,
        a.kind,
        a.answer,
        a.answer_order,
        a.cip_code,
        a.amount_usd,
        r.weight
    from answers a
    join respondents r using (survey, respondent)
)
select * from joined
