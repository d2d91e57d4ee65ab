-- Grain: one row per detailed (line-item) SOC occupation, with its major group's title.
-- Answers "which occupations will have the most openings each year to 2034?".
with occupations as (
    select * from stg_bls_projections
    where not is_summary  -- line items only: summary groups would double-count their members
),
major_groups as (
    select soc_code as major_group_code, occupation as major_group
    from stg_bls_projections
    where soc_code like '%-0000' and soc_code <> '00-0000'  -- '00-0000' is the all-occupations total
),
final as (
    select
        o.soc_code,
        o.occupation,
        g.major_group,
        o.employment_2024,
        o.employment_2034,
        o.employment_change_pct,
        o.annual_openings,
        o.median_wage_usd,
        o.typical_education
    from occupations o
    left join major_groups g using (major_group_code)
)
select * from final
order by annual_openings desc, soc_code
