-- Grain: one row per O*NET-SOC occupation × element × scale × category (category null for importance scales).
-- Source: O*NET 27.0, Education, Training, and Experience. data_value is a percentage of respondents for the
-- category scales (RL, RW, PT, OJ) and an importance score 1–5 for IM. O*NET-SOC codes carry a 2-digit suffix
-- (.00 = the SOC occupation itself, .01… = O*NET's more detailed occupations); soc_code drops it and nem_code maps
-- SOC codes BLS publishes only in aggregate to their NEM line item.
with source as (
    select * from src_onet_education
),
renamed as (
    select
        onet_soc_code,
        substr(onet_soc_code, 1, 7) as soc_code,
        coalesce(a.nem_code, substr(onet_soc_code, 1, 7)) as nem_code,
        onet_soc_code like '%.00' as is_soc_level,
        element_id,
        scale_id,
        category,
        data_value,
        respondents,
        recommend_suppress,
        domain_source
    from source
    left join stg_nem_soc_aggregates a on a.soc_code = substr(onet_soc_code, 1, 7)
)
select * from renamed
