-- Staging for NCSES SHED-10: sub-baccalaureate certificates (< 2 academic years) by NCSES broad field,
-- sex, citizenship and race/ethnicity, one row per table row × award year (wide years made long).
with source as (
    select * from src_ncses_certificates
),
unpivoted as (
    unpivot source
    on awards_2012, awards_2013, awards_2014, awards_2015, awards_2016,
       awards_2017, awards_2018, awards_2019, awards_2020, awards_2021
    into name year_column value awards
),
renamed as (
    select
        u.row_id,
        u.field_area,
        trim(u.broad_field) as broad_field,
        f.field_code,
        u.sex,
        u.citizenship,
        u.race_and_ethnicity,
        cast(replace(u.year_column, 'awards_', '') as integer) as year,
        u.awards
    from unpivoted u
    left join stg_ncses_field_taxonomy f on list_contains(f.source_names, trim(u.broad_field))
)
select * from renamed
