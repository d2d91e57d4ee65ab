-- Grain: one row per SOC 2018 occupation the candidate catalogue needs a shortage rating for.
-- Source: data/catalogue/anzsco_soc_map.csv, a hand-made, documented mapping (no official ANZSCO–SOC crosswalk
-- ships with the project). match = 'none' rows record why an occupation stays unrated.
with source as (
    select * from src_anzsco_soc_map
)
select soc_code, soc_title, anzsco_code, anzsco_title, match, rationale from source
