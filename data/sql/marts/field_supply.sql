-- Grain: one row per supply source × field × award level × year (completions in that field and year).
-- Field vocabularies differ by source and are kept apart in field_vocabulary:
--   ncses_broad_field  NCSES Science and Engineering Indicators broad fields (SHED-10, SHED-11, SHED-3);
--   ncses_field_area   SHED-3's "Non-S&E fields", which that table does not split into broad fields;
--   all_fields         IPEDS C2016_C, which has award levels but no field (no CIP code in the file);
--   cip2020            the user's own enrolments, by six-digit CIP 2020 code.
-- ncses_field_code makes them comparable: every row names the NCSES broad field it belongs to (CIP codes via
-- the longest-prefix rule of stg_ncses_field_taxonomy), so supply and CIP-coded demand meet at that level.
with certificates as (
    select
        'ncses_shed10_certificates' as source,
        'ncses_broad_field' as field_vocabulary,
        field_code,
        broad_field as field,
        field_code as ncses_field_code,
        'Certificate below the associate''s level (< 2 academic years)' as award_level,
        year,
        sum(awards) as completions,
        'awards' as unit
    from stg_ncses_certificates
    group by all  -- adds up sex × citizenship × race/ethnicity
),
associate_degrees as (
    select
        'ncses_shed11_associate_degrees' as source,
        'ncses_broad_field' as field_vocabulary,
        field_code,
        broad_field as field,
        field_code as ncses_field_code,
        'Associate''s degree' as award_level,
        year,
        sum(awards) as completions,
        'awards' as unit
    from stg_ncses_associate_degrees
    group by all  -- adds up sex × citizenship × race/ethnicity
),
community_colleges as (
    select
        'ncses_shed3_community_colleges' as source,
        case when is_broad_field then 'ncses_broad_field' else 'ncses_field_area' end as field_vocabulary,
        field_code,
        field,
        case when is_broad_field then field_code end as ncses_field_code,
        case award_level
            when 'Certificate' then 'Certificate below the associate''s level (< 2 academic years)'
            else award_level
        end as award_level,
        year,
        awards as completions,
        'awards' as unit
    from stg_ncses_community_college_awards
),
ipeds_2016 as (
    select
        'ipeds_c2016' as source,
        'all_fields' as field_vocabulary,
        'all' as field_code,
        'All fields of study' as field,
        cast(null as varchar) as ncses_field_code,
        award_level,
        year,
        sum(students_total) as completions,
        'students' as unit  -- C2016_C counts students receiving an award, not awards
    from stg_ipeds_completions_2016
    group by all
),
own_enrolments as (
    select
        'user:' || source as source,
        'cip2020' as field_vocabulary,
        cip_code as field_code,
        field,
        ncses_field_code,
        award_level,
        year,
        completions,
        'completions' as unit
    from stg_user_enrolments
),
unioned as (
    select * from certificates
    union all select * from associate_degrees
    union all select * from community_colleges
    union all select * from ipeds_2016
    union all select * from own_enrolments
),
final as (
    select
        source,
        field_vocabulary,
        field_code,
        field,
        ncses_field_code,
        award_level,
        cast(year as integer) as year,
        cast(completions as bigint) as completions,
        unit
    from unioned
)
select * from final
order by source, field_code, award_level, year
