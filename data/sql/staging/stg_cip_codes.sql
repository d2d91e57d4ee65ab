-- Grain: one row per CIP 2020 code (2-, 4- or 6-digit) × action, as listed by NCES.
-- Source: NCES CIP 2020 code list. Excel-formula quoting (="01.0000") is removed when loading. Action 'Moved from'
-- marks the old CIP 2010 code of a moved programme ("Moved from 15.0505 to 15.1703") and 'Deleted' a removed one;
-- both are retired in CIP 2020. 'Moved to' marks the new code, in use like 'New' and 'No substantive changes'.
-- Codes titled "Reserved." hold a number for future use and name no programme.
with source as (
    select * from src_cip_codes
),
renamed as (
    select
        cip_code,
        cip_family,
        case length(cip_code) when 2 then 2 when 5 then 4 else 6 end as cip_digits,
        rtrim(cip_title, '.') as cip_title,
        action,
        action in ('No substantive changes', 'New', 'Moved to') and cip_title <> 'Reserved.' as is_active
    from source
)
select * from renamed
