-- Grain: one row per CIP 2020 code × SOC 2018 code pair in the NCES/BLS crosswalk (many-to-many).
-- Source: NCES CIP 2020–SOC 2018 crosswalk, sheet CIP-SOC. Rows pairing a code with 99-9999 / 99.9999
-- ("NO MATCH") record that one side has no counterpart: is_no_match flags them for the marts to drop.
-- nem_code is the BLS Employment Projections line item the SOC occupation is published in.
with source as (
    select * from src_cip_soc_crosswalk
),
renamed as (
    select
        s.cip_code,
        s.cip_title,
        substr(s.cip_code, 1, 2) as cip_family,
        s.soc_code,
        s.soc_title,
        coalesce(a.nem_code, s.soc_code) as nem_code,
        s.soc_code = '99-9999' or s.cip_code = '99.9999' as is_no_match
    from source s
    left join stg_nem_soc_aggregates a using (soc_code)
)
select * from renamed
