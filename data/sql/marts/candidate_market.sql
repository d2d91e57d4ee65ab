-- Grain: one row per candidate credential (catalogue id).
-- Answers "what labour-market demand stands behind each candidate?" Each candidate's target occupations are
-- its listed SOC codes; a candidate that lists only CIP codes takes every occupation the CIP–SOC crosswalk links
-- its fields to. Indicators aggregate the target occupations (each counted once): openings and employment are
-- sums, growth is employment-weighted, the wage is the employment-weighted median of occupation medians,
-- certification relevance is employment-weighted, and the shortage share is the employment share, among rated
-- target occupations, of those rated in shortage. An indicator no target occupation has stays null.
with candidates as (
    select * from stg_catalogue
),
listed_socs as (
    select s.id, coalesce(a.nem_code, s.soc_code) as soc_code
    from (select id, unnest(string_split(soc_codes, ';')) as soc_code from candidates where soc_codes is not null) s  -- candidates listing SOC codes
    left join stg_nem_soc_aggregates a using (soc_code)  -- an SOC code BLS publishes in aggregate counts as its NEM line item
),
listed_cips as (
    select id, unnest(string_split(cip_codes, ';')) as cip_code from candidates where cip_codes is not null  -- candidates listing CIP codes
),
crosswalk_socs as (
    select c.id, x.nem_code as soc_code
    from listed_cips c
    join stg_cip_soc_crosswalk x using (cip_code)
    where not x.is_no_match  -- 'NO MATCH' rows link nothing
      and c.id not in (select id from listed_socs)  -- listed SOC codes, when given, define the targets
),
targets as (
    select distinct id, soc_code, 'listed SOC codes' as occupation_basis from listed_socs
    union
    select distinct id, soc_code, 'CIP crosswalk' as occupation_basis from crosswalk_socs
),
target_demand as (
    select t.id, t.occupation_basis, t.soc_code, o.soc_code is not null as has_data,
        o.employment_2024, o.employment_2034, o.annual_openings, o.median_wage_usd,
        o.certification_relevance_pct, o.rl_postsecondary_certificate_pct, o.shortage_rating
    from targets t
    left join occupation_demand o using (soc_code)
),
wage_ranks as (
    select id, median_wage_usd,
        sum(employment_2024) over (partition by id order by median_wage_usd rows unbounded preceding) as cumulative_employment,
        sum(employment_2024) over (partition by id) as wage_employment
    from target_demand
    where median_wage_usd is not null  -- occupations without a published wage cannot rank
),
weighted_median_wage as (
    select id, min(median_wage_usd) as median_wage_usd
    from wage_ranks
    where cumulative_employment >= wage_employment / 2  -- the first wage at which half the employment is reached
    group by id
),
demand as (
    select
        id,
        any_value(occupation_basis) as occupation_basis,
        string_agg(soc_code, ';' order by soc_code) as target_soc_codes,
        count(*) as target_occupations,
        count(*) filter (where has_data) as target_occupations_with_data,
        sum(annual_openings) as annual_openings,
        sum(employment_2024) as employment_2024,
        sum(employment_2034) as employment_2034,
        sum(certification_relevance_pct * employment_2024) filter (where certification_relevance_pct is not null)
            / sum(employment_2024) filter (where certification_relevance_pct is not null) as certification_relevance_pct,
        sum(rl_postsecondary_certificate_pct * employment_2024) filter (where rl_postsecondary_certificate_pct is not null)
            / sum(employment_2024) filter (where rl_postsecondary_certificate_pct is not null) as rl_postsecondary_certificate_pct,
        count(shortage_rating) as shortage_rated_occupations,
        100 * coalesce(sum(employment_2024) filter (where shortage_rating in ('shortage', 'regional shortage', 'metropolitan shortage')), 0)
            / sum(employment_2024) filter (where shortage_rating is not null) as shortage_employment_share_pct
    from target_demand
    group by id
),
field_openings as (
    select c.id, sum(f.annual_openings) as field_annual_openings
    from listed_cips c
    join field_demand f using (cip_code)
    group by c.id
),
final as (
    select
        c.*,
        d.occupation_basis,
        d.target_soc_codes,
        coalesce(d.target_occupations, 0) as target_occupations,
        coalesce(d.target_occupations_with_data, 0) as target_occupations_with_data,
        d.annual_openings,
        d.employment_2024,
        d.employment_2034,
        100 * (d.employment_2034 / nullif(d.employment_2024, 0) - 1) as employment_growth_pct,
        w.median_wage_usd,
        d.certification_relevance_pct,
        d.rl_postsecondary_certificate_pct,
        coalesce(d.shortage_rated_occupations, 0) as shortage_rated_occupations,
        d.shortage_employment_share_pct,
        fo.field_annual_openings
    from candidates c
    left join demand d using (id)
    left join weighted_median_wage w using (id)
    left join field_openings fo using (id)
)
select * from final
order by id
