-- Grain: one row per candidate micro-credential (id).
-- Source: data/catalogue/candidates.csv, or data/user/catalogue.csv when a user supplies one (it replaces the
-- shipped file). Workload in hours and ECTS; price in price_currency; code lists are "a;b" strings.
with source as (
    select * from src_catalogue
)
select * from source
