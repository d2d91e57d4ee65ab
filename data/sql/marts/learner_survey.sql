-- Grain: one row per survey × canonical question × breakdown × breakdown value × answer.
-- Weighted share of respondents giving the answer, with a Wilson 95% interval for weighted data: the Wilson
-- score interval evaluated at the Kish effective sample size n_eff = (Σw)² / Σw² of the denominator.
-- Denominator: respondents who answered the question (categorical, numeric), or every respondent of the
-- survey (multi-select blocks, where an unticked box and a skipped block look the same).
-- Breakdowns: "all" (every respondent) and each respondent's answer to field_of_interest and to region.
with respondents as (
    select * from stg_survey_respondents
),
answers as (
    select * from stg_survey_responses
),
answer_list as (
    select * from stg_survey_options  -- every answer the mapping can produce, given or not
),
questions as (
    select distinct survey, question, kind from answer_list
),
breakdowns as (
    select survey, respondent, 'all' as breakdown, 'All respondents' as breakdown_value
    from respondents
    union all
    select survey, respondent, question as breakdown, answer as breakdown_value
    from answers
    where question in ('field_of_interest', 'region')  -- the breakdown dimensions
),
answered as (
    select distinct survey, respondent, question from answers
),
denominator_members as (
    select q.survey, q.question, b.breakdown, b.breakdown_value, r.respondent, r.weight
    from questions q
    join breakdowns b on b.survey = q.survey
    join respondents r on r.survey = b.survey and r.respondent = b.respondent
    left join answered a on a.survey = q.survey and a.respondent = b.respondent and a.question = q.question
    where b.breakdown <> q.question  -- a question is not broken down by itself
      and (q.kind = 'multi' or a.respondent is not null)  -- categorical/numeric: only those who answered
),
denominators as (
    select
        survey, question, breakdown, breakdown_value,
        count(*) as respondents,
        sum(weight) as weight_sum,
        sum(weight * weight) as weight_sq_sum
    from denominator_members
    group by all
),
numerators as (
    select d.survey, d.question, d.breakdown, d.breakdown_value, a.answer,
        count(*) as respondents_answer,
        sum(d.weight) as answer_weight_sum
    from denominator_members d
    join answers a on a.survey = d.survey and a.respondent = d.respondent and a.question = d.question
    group by all
),
shares as (
    select
        d.survey, d.question, d.breakdown, d.breakdown_value,
        l.answer, l.answer_order, l.cip_code,
        d.respondents,
        coalesce(n.respondents_answer, 0) as respondents_answer,
        coalesce(n.answer_weight_sum, 0) / d.weight_sum as weighted_share,
        d.weight_sum * d.weight_sum / d.weight_sq_sum as n_eff
    from denominators d
    join answer_list l on l.survey = d.survey and l.question = d.question
    left join numerators n
        on n.survey = d.survey and n.question = d.question and n.breakdown = d.breakdown
       and n.breakdown_value = d.breakdown_value and n.answer = l.answer
),
wilson as (
    select
        *,
        1.959963984540054 as z,  -- standard normal quantile for a two-sided 95% interval
        (weighted_share + 1.959963984540054 ^ 2 / (2 * n_eff)) / (1 + 1.959963984540054 ^ 2 / n_eff) as centre,
        1.959963984540054 / (1 + 1.959963984540054 ^ 2 / n_eff)
            * sqrt(weighted_share * (1 - weighted_share) / n_eff + 1.959963984540054 ^ 2 / (4 * n_eff * n_eff)) as half_width
    from shares
),
final as (
    select
        survey,
        question,
        breakdown,
        breakdown_value,
        answer,
        cast(answer_order as integer) as answer_order,
        cip_code,
        cast(respondents as bigint) as respondents,
        cast(respondents_answer as bigint) as respondents_answer,
        weighted_share,
        n_eff,
        greatest(0.0, centre - half_width) as lower_95,  -- clamps float noise at the bounds
        least(1.0, centre + half_width) as upper_95
    from wilson
)
select * from final
order by survey, question, breakdown, breakdown_value, answer_order, answer
