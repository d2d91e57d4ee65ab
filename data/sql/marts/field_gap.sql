-- Grain: one row per field × supply pipeline, where a field is an NCSES broad field (shipped supply) or a
-- six-digit CIP 2020 code of the user's own enrolments. Like Lightcast's programme demand gap:
-- gap = annual openings − completions in the pipeline's latest year (positive: more openings than completers).
-- Openings come from field_demand (labour-market module): each occupation's BLS annual openings split equally
-- across the CIP codes the NCES crosswalk links it to, so they add up over the CIP codes of a broad field
-- (longest CIP prefix of stg_ncses_field_taxonomy) without counting an occupation twice.
-- Caveats: openings are for all education levels and include replacement openings, while completions are one
-- sub-baccalaureate pipeline (certificates < 2 years, associate's degrees) or the user's own programme; the
-- CIP-to-NCSES-field assignment is approximate; supply (2021) and demand (2024-34) years differ.
with demand as (
    select cip_code, annual_openings, annual_openings_all_linked
    from field_demand
    where annual_openings is not null  -- fields linked to no occupation with BLS data have no demand figure
),
prefixes as (
    select field_code, unnest(cip_prefixes) as cip_prefix from stg_ncses_field_taxonomy
),
demand_fields as (
    select
        d.cip_code,
        d.annual_openings,
        p.field_code as ncses_field_code,
        row_number() over (partition by d.cip_code order by length(p.cip_prefix) desc) as match_rank  -- longest prefix wins
    from demand d
    join prefixes p on starts_with(d.cip_code, p.cip_prefix)
),
field_openings as (
    select ncses_field_code, sum(annual_openings) as annual_openings, count(*) as cip_codes
    from demand_fields
    where match_rank = 1
    group by ncses_field_code
),
ncses_latest as (
    select source, max(year) as year
    from field_supply
    where source in ('ncses_shed10_certificates', 'ncses_shed11_associate_degrees')  -- all institutions, by broad field
    group by source
),
ncses_supply as (
    select s.source as supply_source, s.field_code, s.field, s.year, s.completions
    from field_supply s
    join ncses_latest l using (source, year)
),
ncses_pipelines as (
    select supply_source, field_code, field, year, completions from ncses_supply
    union all
    select 'ncses_sub_baccalaureate' as supply_source, field_code, any_value(field), max(year), sum(completions)
    from ncses_supply
    group by field_code  -- certificates and associate's degrees together
),
ncses_rows as (
    select
        'ncses_broad_field' as field_vocabulary,
        p.field_code,
        p.field,
        p.field_code as ncses_field_code,
        p.supply_source,
        p.year as supply_year,
        p.completions,
        coalesce(o.cip_codes, 0) as cip_codes,
        o.annual_openings,
        cast(null as double) as annual_openings_all_linked  -- unsplit openings double-count within a broad field
    from ncses_pipelines p
    left join field_openings o on o.ncses_field_code = p.field_code
),
user_latest as (
    select source, field_code, max(year) as year
    from field_supply
    where field_vocabulary = 'cip2020'  -- the user's own enrolments
    group by source, field_code
),
user_rows as (
    select
        'cip2020' as field_vocabulary,
        s.field_code,
        any_value(s.field) as field,
        any_value(s.ncses_field_code) as ncses_field_code,
        s.source as supply_source,
        s.year as supply_year,
        sum(s.completions) as completions,  -- all award levels of the code in its latest year
        count(d.cip_code) > 0 as has_demand,
        any_value(d.annual_openings) as annual_openings,
        any_value(d.annual_openings_all_linked) as annual_openings_all_linked
    from field_supply s
    join user_latest l using (source, field_code, year)
    left join demand d on d.cip_code = s.field_code
    group by s.source, s.field_code, s.year
),
unioned as (
    select * from ncses_rows
    union all
    select field_vocabulary, field_code, field, ncses_field_code, supply_source, supply_year, completions,
        case when has_demand then 1 else 0 end as cip_codes, annual_openings, annual_openings_all_linked
    from user_rows
),
final as (
    select
        field_vocabulary,
        field_code,
        field,
        ncses_field_code,
        supply_source,
        cast(supply_year as integer) as supply_year,
        cast(completions as bigint) as completions,
        cast(cip_codes as integer) as cip_codes,
        annual_openings,
        annual_openings_all_linked,
        annual_openings - completions as gap,
        completions / nullif(annual_openings, 0) as completions_per_opening
    from unioned
)
select * from final
order by field_vocabulary, gap desc nulls last, field_code, supply_source
