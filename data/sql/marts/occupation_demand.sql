-- Grain: one row per detailed SOC occupation (BLS National Employment Matrix line item, 2024–34).
-- Answers "how much demand is there for this occupation, how well paid is it, and how much do certificates matter?"
-- Employment and openings in persons; wages in USD per year; shares in percent.
with projections as (
    select * from stg_bls_projections
    where not is_summary  -- line items only: summary groups would double-count their members
),
major_groups as (
    select major_group_code, occupation as major_group
    from stg_bls_projections
    where soc_code like '%-0000' and soc_code <> '00-0000'  -- '00-0000' is the all-occupations total
),
separations as (
    select soc_code, labour_force_exit_rate_pct, occupational_transfer_rate_pct, separations_rate_pct
    from stg_bls_separations
    where not is_summary  -- same line items as table 1.2
),
oews as (
    select * from stg_oews_national
    where occupation_level = 'detailed'  -- NEM line items are OEWS detailed occupations (aggregates such as 13-1020 included)
),
-- O*NET ratings are per O*NET-SOC occupation; several roll up into one NEM line item. Where the SOC-level
-- occupation (.00) is rated it stands for the line item; otherwise its O*NET detailed occupations do. Several
-- codes are averaged without weights (O*NET publishes no employment for them).
education_categories as (
    select category,
        case
            when category_description like 'Post-Secondary Certificate%' then 'postsecondary_certificate'
            when category_description like 'Post-Baccalaureate Certificate%' then 'post_baccalaureate_certificate'
            when category_description like 'Post-Master%Certificate%' then 'post_masters_certificate'
        end as certificate_level
    from stg_onet_education_categories
    where scale_id = 'RL'  -- Required Level of Education
),
required_level as (
    select
        e.nem_code,
        e.onet_soc_code,
        e.is_soc_level,
        sum(e.data_value) filter (where c.certificate_level = 'postsecondary_certificate') as rl_postsecondary_certificate_pct,
        sum(e.data_value) filter (where c.certificate_level = 'post_baccalaureate_certificate') as rl_post_baccalaureate_certificate_pct,
        sum(e.data_value) filter (where c.certificate_level = 'post_masters_certificate') as rl_post_masters_certificate_pct
    from stg_onet_education e
    join education_categories c using (category)
    where e.scale_id = 'RL'                          -- the category join is on RL categories only
      and c.certificate_level is not null            -- the three certificate levels; other education levels are not certificates
      and not coalesce(e.recommend_suppress, false)  -- O*NET flags low-precision estimates (RSE > 0.5 or N < 10) for suppression
    group by all
),
certification_importance as (
    select nem_code, onet_soc_code, is_soc_level, data_value as professional_certification_importance
    from stg_onet_education
    where element_id = '2.D.4.a' and scale_id = 'IM'  -- Job-Related Professional Certification, importance 1–5
      and not coalesce(recommend_suppress, false)    -- as above; expert-rated rows carry no flag (null) and are kept
),
job_zones as (
    select nem_code, onet_soc_code, is_soc_level, job_zone from stg_onet_job_zones
),
-- the .00-preference rule, applied to each O*NET table in turn
required_level_preferred as (
    select * from required_level
    qualify is_soc_level or not bool_or(is_soc_level) over (partition by nem_code)  -- .00 when rated, else the detailed codes
),
certification_importance_preferred as (
    select * from certification_importance
    qualify is_soc_level or not bool_or(is_soc_level) over (partition by nem_code)  -- .00 when rated, else the detailed codes
),
job_zones_preferred as (
    select * from job_zones
    qualify is_soc_level or not bool_or(is_soc_level) over (partition by nem_code)  -- .00 when rated, else the detailed codes
),
onet as (
    select
        coalesce(r.nem_code, i.nem_code, z.nem_code) as soc_code,
        r.rl_postsecondary_certificate_pct,
        r.rl_post_baccalaureate_certificate_pct,
        r.rl_post_masters_certificate_pct,
        i.professional_certification_importance,
        z.job_zone
    from (
        select nem_code,
            avg(rl_postsecondary_certificate_pct) as rl_postsecondary_certificate_pct,
            avg(rl_post_baccalaureate_certificate_pct) as rl_post_baccalaureate_certificate_pct,
            avg(rl_post_masters_certificate_pct) as rl_post_masters_certificate_pct
        from required_level_preferred group by nem_code
    ) r
    full join (
        select nem_code, avg(professional_certification_importance) as professional_certification_importance
        from certification_importance_preferred group by nem_code
    ) i using (nem_code)
    full join (
        -- a zone is ordinal: several codes give the rounded mean zone
        select nem_code, cast(round(avg(job_zone)) as integer) as job_zone
        from job_zones_preferred group by nem_code
    ) z using (nem_code)
),
zone_names as (
    select distinct job_zone, job_zone_name from stg_onet_job_zones
),
-- Shortage rating: a user's own occupation rating (latest period) wins; otherwise Australia's Skills Priority
-- List 2022 through the documented ANZSCO → SOC mapping; otherwise null (never inferred).
user_ratings as (
    select soc_code, shortage_rating, source, country_code, period_label
    from stg_user_shortage
    where indicator = 'shortage_rating'  -- occupation ratings only; rates go to vacancy_pressure
    qualify period_start = max(period_start) over (partition by soc_code)  -- the latest period a user rated the occupation in
),
au_ratings as (
    select m.soc_code, m.match, a.anzsco_code, a.occupation as anzsco_title, a.national_rating_label, a.future_demand
    from stg_anzsco_soc_map m
    join stg_au_skills_priority a using (anzsco_code)
    where m.match <> 'none'  -- 'none' rows document why an occupation stays unrated
),
final as (
    select
        p.soc_code,
        p.occupation,
        g.major_group,
        p.employment_2024,
        p.employment_2034,
        p.employment_change,
        p.employment_change_pct,
        p.annual_openings,
        s.labour_force_exit_rate_pct,
        s.occupational_transfer_rate_pct,
        s.separations_rate_pct,
        p.median_wage_usd,
        p.median_wage_top_coded,
        o.mean_wage_usd,
        o.wage_p10_usd,
        o.wage_p25_usd,
        o.wage_p75_usd,
        o.wage_p90_usd,
        coalesce(o.annual_wage_top_coded, false) as oews_wage_top_coded,
        p.typical_education,
        p.work_experience,
        p.on_the_job_training,
        n.job_zone,
        zn.job_zone_name,
        n.rl_postsecondary_certificate_pct,
        n.rl_post_baccalaureate_certificate_pct,
        n.rl_post_masters_certificate_pct,
        -- certification relevance: share of respondents for whom a certificate (post-secondary, post-baccalaureate
        -- or post-master's) is the level of education required to enter the occupation
        case when n.rl_postsecondary_certificate_pct is not null
              and n.rl_post_baccalaureate_certificate_pct is not null
              and n.rl_post_masters_certificate_pct is not null
             then n.rl_postsecondary_certificate_pct + n.rl_post_baccalaureate_certificate_pct + n.rl_post_masters_certificate_pct
        end as certification_relevance_pct,
        n.professional_certification_importance,
        coalesce(u.shortage_rating, au.national_rating_label) as shortage_rating,
        case when u.shortage_rating is not null then u.country_code when au.soc_code is not null then 'AU' end as shortage_rating_country,
        case when u.shortage_rating is not null then u.period_label when au.soc_code is not null then '2022' end as shortage_rating_period,
        case
            when u.shortage_rating is not null then u.source
            when au.soc_code is not null
                then 'Jobs and Skills Australia, Skills Priority List 2022: ANZSCO ' || au.anzsco_code || ' ' || au.anzsco_title || ' (' || au.match || ' match)'
        end as shortage_rating_source,
        case when u.shortage_rating is null then au.future_demand end as au_future_demand
    from projections p
    left join major_groups g using (major_group_code)
    left join separations s using (soc_code)
    left join oews o using (soc_code)
    left join onet n using (soc_code)
    left join zone_names zn using (job_zone)
    left join user_ratings u using (soc_code)
    left join au_ratings au using (soc_code)
)
select * from final
order by annual_openings desc, soc_code
