-- Grain: one row per SOC 2018 detailed occupation that BLS Employment Projections 2024–34 (and OEWS May 2024)
-- publish only inside an aggregate National Employment Matrix line item (e.g. 13-1021, 13-1022 and 13-1023 are
-- published together as 13-1020 "Buyers and purchasing agents").
-- Source: the twelve NEM line items in table 1.2 whose code is not an SOC 2018 detailed code (13-1020, 13-2020,
-- 21-1018, 25-2052, 25-9045, 29-2010, 31-1120, 39-7010, 47-4090, 51-2028, 51-2090, 53-1047); their members are the
-- SOC 2018 detailed occupations the NEM title names. The CIP–SOC crosswalk and O*NET use SOC codes, so both are
-- mapped through this list before they join BLS data. A data test checks every target is a NEM line item.
with aggregates (soc_code, nem_code) as (
    values
        ('13-1021', '13-1020'), ('13-1022', '13-1020'), ('13-1023', '13-1020'),  -- buyers and purchasing agents
        ('13-2022', '13-2020'), ('13-2023', '13-2020'),                          -- property appraisers and assessors
        ('21-1011', '21-1018'), ('21-1014', '21-1018'),                          -- substance abuse, behavioural disorder and mental health counsellors
        ('25-2055', '25-2052'), ('25-2056', '25-2052'),                          -- special education teachers, kindergarten and elementary
        ('25-9042', '25-9045'), ('25-9043', '25-9045'), ('25-9049', '25-9045'),  -- teaching assistants, except postsecondary
        ('29-2011', '29-2010'), ('29-2012', '29-2010'),                          -- clinical laboratory technologists and technicians
        ('31-1121', '31-1120'), ('31-1122', '31-1120'),                          -- home health and personal care aides
        ('39-7011', '39-7010'), ('39-7012', '39-7010'),                          -- tour and travel guides
        ('47-4091', '47-4090'), ('47-4099', '47-4090'),                          -- miscellaneous construction and related workers
        ('51-2022', '51-2028'), ('51-2023', '51-2028'),                          -- electrical, electronic and electromechanical assemblers
        ('51-2092', '51-2090'), ('51-2099', '51-2090'),                          -- miscellaneous assemblers and fabricators
        ('53-1042', '53-1047'), ('53-1043', '53-1047'), ('53-1044', '53-1047'), ('53-1049', '53-1047')  -- transportation and material moving supervisors
)
select * from aggregates
