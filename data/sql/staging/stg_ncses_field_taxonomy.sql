-- Reference relation (no raw file): the NCSES broad fields of Science and Engineering Indicators, the names
-- each NCSES table prints for them, and the CIP 2020 code prefixes assigned to each, so CIP-coded data
-- (field_demand, the user's own enrolments) can be rolled up to the fields NCSES reports completions for.
-- NCSES defines its fields by lists of six-digit CIP codes; this is an approximation at the level of CIP
-- series (two digits) with a few four- and six-digit exceptions. A code belongs to the field of its longest
-- matching prefix, and every CIP code falls into exactly one field (other_non_se takes what is not listed).
with fields(field_code, field, field_area, source_names, cip_prefixes) as (
    values
    ('agricultural_sciences', 'Agricultural sciences and natural resources', 'Science and engineering',
        ['Agricultural sciences and natural resources'], ['01', '03']),
    ('biological_sciences', 'Biological and biomedical sciences', 'Science and engineering',
        ['Biological and biomedical sciences'], ['26']),
    ('computer_sciences', 'Computer and information sciences', 'Science and engineering',
        ['Computer and information sciences'], ['11']),
    ('engineering', 'Engineering', 'Science and engineering',
        ['Engineering'], ['14']),
    ('geosciences', 'Geosciences, atmospheric sciences, and ocean sciences', 'Science and engineering',
        ['Geosciences, atmospheric sciences, and ocean sciences'], ['40.04', '40.06']),
    ('mathematics_statistics', 'Mathematics and statistics', 'Science and engineering',
        ['Mathematics and statistics'], ['27', '30.70', '30.71']),
    ('multidisciplinary_sciences', 'Multidisciplinary and interdisciplinary sciences', 'Science and engineering',
        ['Multidisciplinary and interdisciplinary sciences'], ['30']),
    ('physical_sciences', 'Physical sciences', 'Science and engineering',
        ['Physical sciences'], ['40']),
    ('psychology', 'Psychology', 'Science and engineering',
        ['Psychology'], ['42']),
    ('social_sciences', 'Social sciences', 'Science and engineering',
        ['Social sciences'], ['45', '05']),
    ('health', 'Health professions and related programs', 'Science and engineering-related',
        ['Health professions and related programs'], ['51', '60', '61']),
    ('homeland_security', 'Homeland security and fire protection', 'Science and engineering-related',
        ['Homeland security and fire protection'], ['43']),
    ('science_mathematics_education', 'Science and mathematics education', 'Science and engineering-related',
        ['Science and mathematics education', 'Science and mathematics teacher education'],
        ['13.1311', '13.1316', '13.1321', '13.1322', '13.1323', '13.1329', '13.1337']),
    ('technology_technical', 'Technology and technical fields', 'Science and engineering-related',
        ['Technology and technical fields'], ['15', '41']),
    ('other_se_related', 'Other science and engineering-related fields', 'Science and engineering-related',
        ['Other science and engineering-related fields', 'Other S&E-related fields'], ['04', '29']),
    ('business', 'Business', 'Non-science and engineering',
        ['Business'], ['52']),
    ('education', 'Education', 'Non-science and engineering',
        ['Education'], ['13']),
    ('humanities', 'Humanities', 'Non-science and engineering',
        ['Humanities'], ['16', '23', '24', '38', '39', '54']),
    ('visual_performing_arts', 'Visual and performing arts', 'Non-science and engineering',
        ['Visual and performing arts'], ['50']),
    ('other_non_se', 'Other non-science and engineering', 'Non-science and engineering',
        ['Other non-science and engineering'],
        ['09', '10', '12', '19', '22', '25', '28', '31', '32', '33', '34', '35', '36', '37', '44', '46', '47', '48', '49', '53'])
)
select * from fields
