-- Grain: one row per ANZSCO 6-digit occupation on Australia's Skills Priority List 2022.
-- Source: National Skills Commission (now Jobs and Skills Australia), SPL 2022. Ratings keep the list's codes
-- (S shortage, NS no shortage, R regional shortage, M metropolitan shortage) and gain a readable label.
with source as (
    select * from src_au_skills_priority
),
renamed as (
    select
        anzsco_code,
        occupation,
        national_rating,
        case national_rating
            when 'S' then 'shortage'
            when 'NS' then 'no shortage'
            when 'R' then 'regional shortage'
            when 'M' then 'metropolitan shortage'
        end as national_rating_label,
        future_demand,
        nsw_rating,
        vic_rating,
        qld_rating,
        sa_rating,
        wa_rating,
        tas_rating,
        nt_rating,
        act_rating
    from source
)
select * from renamed
