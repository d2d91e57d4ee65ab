-- Staging for the MOOC Pivot supplementary tables (Reich & Ruipérez-Valiente 2019): one row per academic
-- year × group, where a group is a UN human-development category (table S2) or a learner cohort (table S3),
-- with the number of course runs that year from the course metadata. S3's "completed" counts learners who
-- earned a certificate, so both tables meet in "certified".
with s2 as (
    select
        'mooc_pivot_s2' as source_table,
        academic_year,
        'human_development' as group_type,
        human_development_category as group_name,
        enrolments,
        certified
    from src_mooc_pivot_s2
),
s3 as (
    select
        'mooc_pivot_s3' as source_table,
        academic_year,
        'cohort' as group_type,
        cohort as group_name,
        participants as enrolments,
        completed as certified
    from src_mooc_pivot_s3
),
courses as (
    select academic_year, count(*) as course_runs
    from src_mooc_pivot_courses
    where academic_year is not null  -- Summer 2018 runs fall outside the study window
    group by academic_year
),
unioned as (
    select * from s2
    union all
    select * from s3
),
final as (
    select u.*, c.course_runs
    from unioned u
    left join courses c using (academic_year)
)
select * from final
