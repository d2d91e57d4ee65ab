-- Staging for the IPEDS HD2015 directory extract: one row per institution (UNITID) with its control.
with source as (
    select * from src_ipeds_hd2015
),
renamed as (
    select
        unitid,
        institution,
        state,
        case control_code
            when '1' then 'Public'
            when '2' then 'Private not-for-profit'
            when '3' then 'Private for-profit'
            else 'Not available'
        end as institution_control
    from source
)
select * from renamed
