-- Staging for IPEDS Completions C2016_C: students who received an award July 2015-June 2016, one row per
-- institution × award level, all fields together (the file carries no CIP code).
with source as (
    select * from src_ipeds_c2016
),
renamed as (
    select
        2016 as year,  -- the completions year ending June 2016, as NCSES labels its tables
        unitid,
        award_level_code,
        case award_level_code
            when '1' then 'Award of less than 1 academic year'
            when '2' then 'Award of at least 1 but less than 4 academic years'
            when '3' then 'Associate''s degree'
            when '5' then 'Bachelor''s degree'
            when '7' then 'Master''s degree'
            when '9' then 'Doctor''s degree'
            when '10' then 'Postbaccalaureate or post-master''s certificate'
        end as award_level,
        students_total,
        students_age_25_39 + students_age_40_plus as students_age_25_plus
    from source
)
select * from renamed
