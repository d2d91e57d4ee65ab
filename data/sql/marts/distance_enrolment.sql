-- Grain: one row per source × year × student level × institution control × field × distance status.
-- IPEDS (fall 2012-2016) counts students by distance-education status for every institution, summed here
-- by student level and control ("All" = every control); NPSAS (NCSES SHED-8) gives only the share of
-- students who took any class entirely online, by programme level and field group, for 2011-12 and 2015-16.
with ipeds as (
    select d.*, coalesce(i.institution_control, 'Not in HD2015 directory') as institution_control
    from stg_ipeds_distance d
    left join stg_ipeds_institutions i using (unitid)
),
ipeds_by_control as (
    select
        year,
        student_level,
        coalesce(institution_control, 'All') as institution_control,
        sum(students_total) as students_total,
        sum(students_exclusively_distance) as students_exclusively,
        sum(students_some_distance) as students_some,
        sum(students_no_distance) as students_none
    from ipeds
    group by grouping sets ((year, student_level, institution_control), (year, student_level))
),
ipeds_long as (
    select year, student_level, institution_control, students_total, 'Exclusively distance education' as distance_status, students_exclusively as students from ipeds_by_control
    union all
    select year, student_level, institution_control, students_total, 'Some but not all distance education', students_some from ipeds_by_control
    union all
    select year, student_level, institution_control, students_total, 'Any distance education', students_exclusively + students_some from ipeds_by_control
    union all
    select year, student_level, institution_control, students_total, 'No distance education', students_none from ipeds_by_control
),
ipeds_rows as (
    select
        'ipeds_ef_dist' as source,
        year,
        student_level,
        institution_control,
        'All fields' as field,
        distance_status,
        students,
        students_total,
        students / nullif(students_total, 0) as share,
        false as caution
    from ipeds_long
),
npsas_rows as (
    select
        'ncses_shed8_npsas' as source,
        year,
        programme_level as student_level,
        'All' as institution_control,
        field,
        'Any class entirely online' as distance_status,
        cast(null as bigint) as students,
        cast(null as bigint) as students_total,
        share_any_class_online as share,
        caution
    from stg_ncses_online_classes
    where not suppressed  -- NCSES suppresses estimates that fail its reporting standard ("s")
),
final as (
    select * from ipeds_rows
    union all
    select * from npsas_rows
)
select
    source,
    cast(year as integer) as year,
    student_level,
    institution_control,
    field,
    distance_status,
    cast(students as bigint) as students,
    cast(students_total as bigint) as students_total,
    share,
    caution
from final
order by source, year, student_level, institution_control, field, distance_status
