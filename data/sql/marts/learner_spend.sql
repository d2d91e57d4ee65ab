-- Grain: one row per survey × numeric question (money spent / willingness to pay) × breakdown × breakdown
-- value × price point in USD. A price-demand curve: the weighted share of respondents whose amount is at
-- least the price point, with a Wilson 95% interval at the Kish effective sample size (as learner_survey).
-- Denominator: respondents who gave an amount. Breakdowns: "all" and each respondent's field_of_interest
-- and region answers.
with amounts as (
    select survey, respondent, question, amount_usd, weight
    from stg_survey_responses
    where kind = 'numeric'
      and amount_usd is not null  -- numeric answers recoded to NA never reach staging
),
respondents as (
    select * from stg_survey_respondents
),
breakdowns as (
    select survey, respondent, 'all' as breakdown, 'All respondents' as breakdown_value
    from respondents
    union all
    select survey, respondent, question as breakdown, answer as breakdown_value
    from stg_survey_responses
    where question in ('field_of_interest', 'region')  -- the breakdown dimensions
),
price_points(price_usd) as (
    -- the evaluation grid of the curve: verified certificates (~50-150 USD) to bootcamp prices (~10,000 USD)
    values (1), (10), (25), (50), (100), (150), (200), (300), (500), (750), (1000), (1500), (2000), (3000), (5000), (10000)
),
members as (
    select a.survey, a.question, b.breakdown, b.breakdown_value, a.respondent, a.amount_usd, a.weight
    from amounts a
    join breakdowns b on b.survey = a.survey and b.respondent = a.respondent
),
groups as (
    select survey, question, breakdown, breakdown_value,
        count(*) as respondents,
        sum(weight) as weight_sum,
        sum(weight * weight) as weight_sq_sum
    from members
    group by all
),
at_least as (
    select m.survey, m.question, m.breakdown, m.breakdown_value, p.price_usd,
        count(*) filter (where m.amount_usd >= p.price_usd) as respondents_at_least,
        coalesce(sum(m.weight) filter (where m.amount_usd >= p.price_usd), 0) as weight_at_least
    from members m
    cross join price_points p
    group by all
),
shares as (
    select
        g.survey, g.question, g.breakdown, g.breakdown_value, a.price_usd,
        g.respondents,
        a.respondents_at_least,
        a.weight_at_least / g.weight_sum as weighted_share_at_least,
        g.weight_sum * g.weight_sum / g.weight_sq_sum as n_eff
    from groups g
    join at_least a using (survey, question, breakdown, breakdown_value)
),
wilson as (
    select
        *,
        (weighted_share_at_least + 1.959963984540054 ^ 2 / (2 * n_eff)) / (1 + 1.959963984540054 ^ 2 / n_eff) as centre,
        1.959963984540054 / (1 + 1.959963984540054 ^ 2 / n_eff)
            * sqrt(weighted_share_at_least * (1 - weighted_share_at_least) / n_eff + 1.959963984540054 ^ 2 / (4 * n_eff * n_eff)) as half_width
    from shares
),
final as (
    select
        survey,
        question,
        breakdown,
        breakdown_value,
        cast(price_usd as double) as price_usd,
        cast(respondents as bigint) as respondents,
        cast(respondents_at_least as bigint) as respondents_at_least,
        weighted_share_at_least,
        n_eff,
        greatest(0.0, centre - half_width) as lower_95,  -- clamps float noise at the bounds
        least(1.0, centre + half_width) as upper_95
    from wilson
)
select * from final
order by survey, question, breakdown, breakdown_value, price_usd
