-- Grain: one row per ANZSCO 6-digit occupation on Australia's Skills Priority List 2022.
-- Answers "is this occupation in shortage in Australia, and where?" The SOC codes mapped to it (hand-made,
-- documented mapping in data/catalogue/anzsco_soc_map.csv) show which US occupations carry its rating.
with ratings as (
    select * from stg_au_skills_priority
),
mapped as (
    select anzsco_code, string_agg(soc_code, ';' order by soc_code) as mapped_soc_codes
    from stg_anzsco_soc_map
    where match <> 'none'  -- 'none' rows map nothing
    group by anzsco_code
),
final as (
    select
        r.anzsco_code,
        r.occupation,
        r.national_rating,
        r.national_rating_label,
        r.future_demand,
        -- states and territories rating the occupation in shortage (S, R or M) of the eight
        list_count(list_filter([r.nsw_rating, r.vic_rating, r.qld_rating, r.sa_rating, r.wa_rating, r.tas_rating, r.nt_rating, r.act_rating], x -> x <> 'NS')) as states_in_shortage,
        r.nsw_rating,
        r.vic_rating,
        r.qld_rating,
        r.sa_rating,
        r.wa_rating,
        r.tas_rating,
        r.nt_rating,
        r.act_rating,
        m.mapped_soc_codes
    from ratings r
    left join mapped m using (anzsco_code)
)
select * from final
order by anzsco_code
