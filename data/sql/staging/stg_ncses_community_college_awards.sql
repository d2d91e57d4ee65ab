-- Staging for NCSES SHED-3: community-college awards by award level and field, one row per leaf row of the
-- table's hierarchy × award year. Subtotal rows (Total, award level, field area with children) are dropped
-- here because they repeat their members; "Non-S&E fields" has no children in this table and stays as a leaf.
with source as (
    select * from src_ncses_community_college_awards
),
leaves as (
    select s.*
    from source s
    where s.depth >= 3  -- award level × field area or deeper
      and not exists (  -- a row with children is a subtotal of them
          select 1 from source c where c.full_path like s.full_path || ' -> %'
      )
),
unpivoted as (
    unpivot leaves
    on awards_2012, awards_2013, awards_2014, awards_2015, awards_2016,
       awards_2017, awards_2018, awards_2019, awards_2020, awards_2021
    into name year_column value awards
),
renamed as (
    select
        u.row_id,
        u.award_level,
        u.field_area,
        coalesce(u.field, u.field_area) as field,
        coalesce(f.field_code, 'non_se_fields') as field_code,
        f.field_code is not null as is_broad_field,
        cast(replace(u.year_column, 'awards_', '') as integer) as year,
        u.awards
    from unpivoted u
    left join stg_ncses_field_taxonomy f on list_contains(f.source_names, u.field)
)
select * from renamed
