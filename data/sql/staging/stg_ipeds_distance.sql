-- Staging for IPEDS Fall Enrollment, distance-education status (EF2012A_DIST … EF2016A_DIST): one row per
-- fall × institution × student level. An empty count carries flag A (not applicable: the institution
-- reports no such students) and is staged as 0 so totals add up.
with source as (
    select * from src_ipeds_ef2012_dist
    union all select * from src_ipeds_ef2013_dist
    union all select * from src_ipeds_ef2014_dist
    union all select * from src_ipeds_ef2015_dist
    union all select * from src_ipeds_ef2016_dist
),
renamed as (
    select
        fall_year as year,
        unitid,
        student_level_code,
        case student_level_code
            when '1' then 'All students'
            when '2' then 'Undergraduate'
            when '3' then 'Undergraduate, degree/certificate-seeking'
            when '11' then 'Undergraduate, non-degree/certificate-seeking'
            when '12' then 'Graduate'
        end as student_level,
        coalesce(students_total, 0) as students_total,
        coalesce(students_exclusively_distance, 0) as students_exclusively_distance,
        coalesce(students_some_distance, 0) as students_some_distance,
        coalesce(students_no_distance, 0) as students_no_distance
    from source
)
select * from renamed
