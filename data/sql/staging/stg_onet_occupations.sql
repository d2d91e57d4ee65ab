-- Grain: one row per O*NET-SOC occupation.
-- Source: O*NET 27.0, Occupation Data (code and title; the description is not read).
with source as (
    select * from src_onet_occupations
)
select onet_soc_code, substr(onet_soc_code, 1, 7) as soc_code, title from source
