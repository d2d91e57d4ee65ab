-- Grain: one row per O*NET element × scale × category.
-- Source: O*NET 27.0, Education, Training, and Experience Categories (labels for the category scales).
with source as (
    select * from src_onet_education_categories
)
select element_id, element_name, scale_id, category, category_description from source
