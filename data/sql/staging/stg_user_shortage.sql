-- Grain: one row per user file × source × country × area × period × indicator.
-- Source: data/user/shortage/*.csv (empty when the user supplies none). Rates in percent; shortage ratings as
-- labels (shortage, no shortage, regional shortage, metropolitan shortage).
with source as (
    select * from src_user_shortage
)
select * from source
