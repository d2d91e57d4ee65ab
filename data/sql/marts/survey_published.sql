-- Grain: one row per published survey × measure (DESIGN §4 figures as data, each with its citation).
-- computed_share re-derives a share from its published counts where both are given, to check the rounding.
with figures as (
    select * from stg_published_survey_figures
),
final as (
    select
        survey,
        year,
        measure,
        numerator,
        denominator,
        value,
        unit,
        case when numerator is not null and denominator > 0 then numerator / denominator end as computed_share,
        note,
        citation
    from figures
)
select * from final
order by survey, measure
