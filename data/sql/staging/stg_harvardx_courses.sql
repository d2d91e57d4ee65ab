-- Staging for the HarvardX/MITx course report 2012-2016: one row per course run. "participants" accessed
-- the courseware (the report has no registrant counts), "explored" accessed more than half of it.
with source as (
    select * from src_harvardx_courses
),
renamed as (
    select
        institution || '/' || course_number || '/' || strftime(launch_date, '%Y-%m-%d') || '/y' || course_year as course_key,
        institution,
        course_number,
        launch_date,
        course_title,
        subject,
        course_year,
        academic_year,
        honor_code_certificates,
        participants,
        explored,
        certified,
        certified_pct_published / 100.0 as certified_share_published,
        median_hours_for_certification,
        median_age_years
    from source
)
select * from renamed
