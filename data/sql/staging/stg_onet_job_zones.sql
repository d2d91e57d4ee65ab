-- Grain: one row per O*NET-SOC occupation.
-- Source: O*NET 27.0, Job Zones (1 little or no preparation … 5 extensive preparation), with the zone's name
-- from the Job Zone Reference file and the SOC / NEM codes derived as in stg_onet_education.
with source as (
    select * from src_onet_job_zones
),
zone_names as (
    select * from src_onet_job_zone_reference
),
renamed as (
    select
        s.onet_soc_code,
        substr(s.onet_soc_code, 1, 7) as soc_code,
        coalesce(a.nem_code, substr(s.onet_soc_code, 1, 7)) as nem_code,
        s.onet_soc_code like '%.00' as is_soc_level,
        s.job_zone,
        z.job_zone_name
    from source s
    left join zone_names z using (job_zone)
    left join stg_nem_soc_aggregates a on a.soc_code = substr(s.onet_soc_code, 1, 7)
)
select * from renamed
