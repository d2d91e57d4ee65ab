-- Grain: one row per CIP 2020 six-digit field of study in use (2,000+ codes; fields the crosswalk links to no
-- occupation with BLS data have null demand, shown as missing).
-- Answers "how much labour-market demand is there for the occupations this field prepares for?"
--
-- Openings allocation: a SOC occupation maps to several fields (registered nurses to 51.3801, 51.3818, 51.3821 …),
-- so its openings are split equally across the fields it maps to: annual_openings = Σ openings(SOC) / fields(SOC).
-- Split openings add up: summed over all fields they equal the total openings of the occupations the crosswalk
-- links to at least one field (a data test checks it), so fields can be ranked and summed without double counting.
-- An equal split is the simplest rule the crosswalk supports (it carries no weights); annual_openings_all_linked
-- keeps the unsplit total of the occupations a field prepares for, which double-counts across fields.
-- Growth is employment-weighted (Σ employment 2034 / Σ employment 2024 − 1) and the wage is the employment-weighted
-- median of the linked occupations' median wages, both over the unsplit linked occupations.
with fields as (
    select cip_code, cip_family, cip_title from stg_cip_codes
    where cip_digits = 6 and is_active  -- six-digit codes in use in CIP 2020 (not retired by a move or deletion, not reserved)
),
families as (
    select cip_family, cip_title as cip_family_title from stg_cip_codes
    where cip_digits = 2 and is_active  -- the two-digit family rows, for their titles
),
links as (
    select distinct x.cip_code, x.nem_code as soc_code
    from stg_cip_soc_crosswalk x
    join fields f using (cip_code)
    where not x.is_no_match  -- 99-9999 / 99.9999 rows say there is no counterpart
),
occupations as (
    select soc_code, employment_2024, employment_2034, annual_openings, median_wage_usd,
        certification_relevance_pct, shortage_rating
    from occupation_demand
),
linked as (
    select l.cip_code, o.*,
        count(*) over (partition by l.soc_code) as fields_per_occupation
    from links l
    join occupations o using (soc_code)  -- occupations without BLS data (military, 55-xxxx) cannot contribute
),
wage_ranks as (
    select cip_code, median_wage_usd,
        sum(employment_2024) over (partition by cip_code order by median_wage_usd rows unbounded preceding) as cumulative_employment,
        sum(employment_2024) over (partition by cip_code) as wage_employment
    from linked
    where median_wage_usd is not null  -- BLS publishes no wage for a few occupations (—)
),
weighted_median_wage as (
    select cip_code, min(median_wage_usd) as median_wage_usd
    from wage_ranks
    where cumulative_employment >= wage_employment / 2  -- the first wage at which half the employment is reached
    group by cip_code
),
demand as (
    select
        cip_code,
        count(*) as linked_occupations,
        sum(annual_openings / fields_per_occupation) as annual_openings,
        sum(annual_openings) as annual_openings_all_linked,
        sum(employment_2024) as employment_2024,
        sum(employment_2034) as employment_2034,
        sum(certification_relevance_pct * employment_2024) filter (where certification_relevance_pct is not null)
            / sum(employment_2024) filter (where certification_relevance_pct is not null) as certification_relevance_pct,
        count(shortage_rating) as shortage_rated_occupations,
        count(*) filter (where shortage_rating in ('shortage', 'regional shortage', 'metropolitan shortage')) as shortage_occupations
    from linked
    group by cip_code
),
final as (
    select
        f.cip_code,
        f.cip_title,
        f.cip_family,
        fam.cip_family_title,
        coalesce(d.linked_occupations, 0) as linked_occupations,
        d.annual_openings,
        d.annual_openings_all_linked,
        d.employment_2024,
        d.employment_2034,
        100 * (d.employment_2034 / nullif(d.employment_2024, 0) - 1) as employment_growth_pct,
        w.median_wage_usd,
        d.certification_relevance_pct,
        coalesce(d.shortage_rated_occupations, 0) as shortage_rated_occupations,
        coalesce(d.shortage_occupations, 0) as shortage_occupations
    from fields f
    left join families fam using (cip_family)
    left join demand d using (cip_code)
    left join weighted_median_wage w using (cip_code)
)
select * from final
order by annual_openings desc nulls last, cip_code
