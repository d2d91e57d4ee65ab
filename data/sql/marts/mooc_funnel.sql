-- Grain: one row per source × funnel level × unit: a HarvardX/MITx course run; a subject × academic year of
-- those runs (with "All subjects" and "All years" totals); or a MOOC Pivot academic year × group.
-- Funnel: enrolled (HarvardX/MITx: participants who accessed the courseware; MOOC Pivot: enrolments) →
-- engaged (explored more than half of the courseware; HarvardX/MITx only) → certified.
with courses as (
    select * from stg_harvardx_courses
),
course_rows as (
    select
        'harvardx_mitx_course_report' as source,
        'course' as funnel_level,
        course_key as unit_id,
        institution,
        course_number,
        course_title,
        subject,
        academic_year,
        'All participants' as group_name,
        1 as course_runs,
        participants as enrolled,
        explored as engaged,
        certified
    from courses
),
subject_year_rows as (
    select
        'harvardx_mitx_course_report' as source,
        'subject_year' as funnel_level,
        coalesce(subject, 'All subjects') || ' | ' || coalesce(academic_year, 'All years') as unit_id,
        cast(null as varchar) as institution,
        cast(null as varchar) as course_number,
        cast(null as varchar) as course_title,
        coalesce(subject, 'All subjects') as subject,
        coalesce(academic_year, 'All years') as academic_year,
        'All participants' as group_name,
        count(*) as course_runs,
        sum(participants) as enrolled,
        sum(explored) as engaged,
        sum(certified) as certified
    from courses
    group by cube (subject, academic_year)
),
pivot_rows as (
    select
        'mooc_pivot' as source,
        'year_group' as funnel_level,
        academic_year || ' | ' || group_type || ' | ' || group_name as unit_id,
        cast(null as varchar) as institution,
        cast(null as varchar) as course_number,
        cast(null as varchar) as course_title,
        'All subjects' as subject,
        academic_year,
        group_type || ': ' || group_name as group_name,
        course_runs,
        enrolments as enrolled,
        cast(null as bigint) as engaged,  -- the Pivot tables publish no exploration counts
        certified
    from stg_mooc_pivot
),
unioned as (
    select * from course_rows
    union all select * from subject_year_rows
    union all select * from pivot_rows
),
final as (
    select
        source,
        funnel_level,
        unit_id,
        institution,
        course_number,
        course_title,
        subject,
        academic_year,
        group_name,
        cast(course_runs as integer) as course_runs,
        cast(enrolled as bigint) as enrolled,
        cast(engaged as bigint) as engaged,
        cast(certified as bigint) as certified,
        engaged / nullif(enrolled, 0) as engaged_share,
        certified / nullif(enrolled, 0) as certified_share,
        certified / nullif(engaged, 0) as certified_of_engaged
    from unioned
)
select * from final
order by source, funnel_level, unit_id
