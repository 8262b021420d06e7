//! English.

use super::keyed::{param, preset};
use super::*;

pub(super) const WORDS: Words = Words {
    numbers: Numbers {
        na: "n/a",
        year: "{year}",
        not_by: "not by {year}",
        money_per_year: "{money} per year",
        percent_per_year: "{value}% a year",
        one_year: "1 year",
        years: "{n} years",
        in_year: "in {year}",
        by_year: "by {year}",
        sentence_gap: " ",
        and: "{a} and {b}",
        below_one: "<1%",
        above_99: ">99%",
        points: "{value} pts",
        year_shift: "{value} yr",
    },
    params: Params {
        start: param(
            "First year",
            "year",
            "Calendar year of the first modelled year.",
            "",
        ),
        years: param(
            "Horizon",
            "years",
            "How many years the projection runs.",
            "",
        ),
        capex: param(
            "AI capex",
            "$B/yr",
            "AI data-centre capex in the first year: chips, buildings, networking.",
            "Industry reporting, 2025-26: \"~$500 billion\" a year across the industry.",
        ),
        capex_growth: param(
            "Capex growth",
            "%/yr",
            "Yearly change of capex from the first year on.",
            "Assumption; Microsoft's quarterly AI capex was +66% YoY (Jan 2026).",
        ),
        history_growth: param(
            "Past capex growth",
            "%/yr",
            "Yearly growth of capex before the first year; sets the installed base.",
            "Assumption, below the pace of 2022-25, when AI capex roughly tripled (~44% a year).",
        ),
        life: param(
            "Chip and server life",
            "years",
            "Useful life of chips, servers and networking: their depreciation period.",
            "Hyperscalers book 5-6 years; critics argue 2-3.",
        ),
        short_share: param(
            "Share of capex in chips and servers",
            "%",
            "Share of capex in short-lived assets (chips, servers, networking); the rest is \
             buildings, power and cooling.",
            "Microsoft FY26 Q2 (quarter to Dec 2025): roughly two-thirds of its $37.5B capex \
             went to short-lived assets such as GPUs and CPUs.",
        ),
        building_life: param(
            "Building and power life",
            "years",
            "Useful life of buildings, power and cooling: their depreciation period.",
            "Hyperscalers depreciate buildings over 15-40 years; assumption.",
        ),
        wacc: param(
            "Required return",
            "%/yr",
            "Return the capital must earn (hurdle rate).",
            "JPMorgan's 10% return framing.",
        ),
        energy: param(
            "Energy cost",
            "$B/yr",
            "Energy cost of the installed base in the first year; scales with it.",
            "Industry reporting, 2025-26: \"more than $50 billion a year\".",
        ),
        opex: param(
            "Other opex (share of base)",
            "%/yr",
            "Staff, maintenance and network per year, as % of the installed base.",
            "Assumption.",
        ),
        revenue: param(
            "AI revenue",
            "$B/yr",
            "AI revenue from paying customers in the first year.",
            "Industry reporting, 2025-26: \"~$50-60 billion\" a year.",
        ),
        revenue_growth: param(
            "Revenue growth",
            "%/yr",
            "Yearly growth of that revenue.",
            "Assumption.",
        ),
        margin: param(
            "Gross margin",
            "%",
            "Share of AI companies' revenue NOT spent on compute.",
            "Sequoia's \"$600B question\" assumes 50%.",
        ),
        funding: param(
            "Investor funding",
            "$B/yr",
            "Investor money raised by AI companies per year.",
            "AI startups raised ~$193B in Q1-Q3 2025 (CB Insights); ~$270B for the year \
             (BestBrokers).",
        ),
        funding_growth: param(
            "Funding growth",
            "%/yr",
            "Yearly change of that funding.",
            "Assumption.",
        ),
        vendor_share: param(
            "Vendor share",
            "%",
            "Share of that funding invested by cloud and chip vendors themselves.",
            "Assumption (Microsoft/OpenAI, Amazon and Google/Anthropic, Nvidia/OpenAI).",
        ),
        compute_share: param(
            "Compute share",
            "%",
            "Share of investor money AI companies spend on compute.",
            "Assumption.",
        ),
        captive_share: param(
            "Captive share",
            "%",
            "Share of vendor-invested compute spend that returns to that same vendor.",
            "Assumption (exclusive cloud deals).",
        ),
        capex_ratio: param(
            "Capex/revenue ratio",
            "%",
            "Sustainable capex-to-revenue ratio, for Bain's cross-check.",
            "Bain Technology Report 2025: $500B capex needs $2T revenue.",
        ),
        shock: param(
            "Funding shock",
            "%",
            "Size of a funding squeeze to test.",
            "Assumption.",
        ),
        spread: param(
            "How uncertain",
            "%",
            "Width of every uncertainty range, in % of its default width; 0 turns the ranges \
             off.",
            "Assumption: the widths of the model's table (e.g. capex -/+20%, revenue growth \
             -/+20 points).",
        ),
    },
    groups: Groups {
        buildout: "Build-out",
        costs: "Costs",
        revenue: "Revenue",
        circular: "Circular spending",
        checks: "Cross-checks",
        uncertainty: "Uncertainty",
    },
    presets: Presets {
        consensus_2026: preset(
            "2026 consensus",
            "The defaults: ~$500B of AI data-centre capex a year, ~$55B of AI revenue, >$50B a \
             year of energy, as reported across 2025-26 coverage of the build-out.",
        ),
        sequoia_2024: preset(
            "Sequoia, June 2024",
            "David Cahn, \"AI's $600B Question\" (Sequoia Capital, June 2024): GPU run-rate \
             doubled for the data centre and again for a 50% margin.",
        ),
        sequoia_2023: preset(
            "Sequoia, September 2023",
            "David Cahn, \"AI's $200B Question\" (Sequoia Capital, September 2023).",
        ),
        bain_2030: preset(
            "Bain, 2030",
            "Bain & Company, Technology Report 2025: by 2030, about $500B of yearly capex needs \
             about $2T of yearly revenue at a sustainable capex-to-revenue ratio, and even with \
             AI's savings the world falls about $800B short of it (so about $1.2T of revenue, \
             the preset's first year).",
        ),
        jpmorgan_2025: preset(
            "JPMorgan, Nov 2025",
            "JPMorgan (November 2025): a 10% return on the AI build-out through 2030 needs about \
             $650B of annual revenue in perpetuity. Capex from $650B in 2025, growing 20% a \
             year, invests about $6.45T over 2025-2030.",
        ),
        short_life: preset(
            "Short chip life",
            "Critics of hyperscalers' 5-6 year depreciation argue that AI accelerators are \
             economically obsolete in 2-3 years.",
        ),
        microsoft_pace: preset(
            "Microsoft's pace, to 2030",
            "Microsoft's quarterly capex, mostly AI, grew about 66% year on year (earnings of \
             January 2026). Kept up for five years, 2026-2030, that takes industry capex from \
             $500B to about $3.8T a year.",
        ),
        funding_squeeze: preset(
            "Funding squeeze",
            "A stress test: investor money for AI companies halves at once, to $100B a year, \
             and halves again every year after.",
        ),
    },
    figures: Figures {
        required_revenue: "Revenue needed",
        revenue: "AI revenue earned",
        gap: "Gap",
        coverage: "Share of the need covered",
        break_even_year: "Break-even year",
        growth_needed: "Revenue growth needed",
        organic_share: "Compute paid by customers",
        round_trip_share: "Vendors' own money coming back",
        npv: "NPV at the required return",
        npv_with_funding: "NPV counting investor-funded revenue",
        irr: "IRR",
        mirr: "MIRR (at the required return)",
        payback_year: "Payback year",
        payback_year_with_funding: "Payback with investor-funded revenue",
        terminal_value: "Fleet value left at the end",
        shock_drop: "Vendor revenue lost in a funding shock",
        p_break_even: "Chance that revenue catches up",
        p_payback: "Chance that the build-out pays back",
        p_npv_positive: "Chance that it earns the required return",
    },
    columns: Columns {
        year: "Year",
        capex: "Capex",
        installed_base: "Installed base",
        short_lived_base: "Chips and servers",
        long_lived_base: "Buildings and power",
        fleet_cost: "Fleet cost",
        required_revenue: "Revenue needed",
        revenue: "Revenue earned",
        gap: "Gap",
        coverage: "Coverage",
        compute_from_funding: "Compute paid by investors",
        round_trip: "Round trip",
        cash_flow: "Cash flow",
    },
    csv: CsvColumns {
        year: "year",
        capex: "capex ($B)",
        installed_base: "installed_base ($B)",
        short_lived_base: "short_lived_base ($B)",
        long_lived_base: "long_lived_base ($B)",
        depreciation: "depreciation ($B)",
        capital_return: "capital_return ($B)",
        energy: "energy ($B)",
        opex: "opex ($B)",
        fleet_cost: "fleet_cost ($B)",
        required_revenue: "required_revenue ($B)",
        revenue: "revenue ($B)",
        gap: "gap ($B)",
        coverage: "coverage (fraction)",
        compute_from_customers: "compute_from_customers ($B)",
        compute_from_funding: "compute_from_funding ($B)",
        round_trip: "round_trip ($B)",
        cash_flow: "cash_flow ($B)",
        cash_flow_with_funding: "cash_flow_with_funding ($B)",
        scenario: "scenario",
    },
    charts: ChartWords {
        titles: ChartTexts {
            gap: "Revenue needed vs revenue earned",
            costs: "What the installed base costs, and who pays for compute",
            circular: "Where the compute money comes from (first year)",
            cash: "Cumulative cash flow of the build-out",
            tornado: "What moves the NPV most: each input at the ends of its range",
        },
        names: ChartTexts {
            gap: "gap chart",
            costs: "costs chart",
            circular: "circular spending chart",
            cash: "cash flow chart",
            tornado: "tornado chart",
        },
        year_axis: "year",
        per_year_axis: "$ per year",
        cumulative_axis: "$ cumulative",
        npv_axis: "NPV at the required return",
        required: "revenue needed",
        earned: "revenue earned",
        gap: "gap",
        ranges: "50% and 90% ranges",
        break_even: "break-even {year}",
        no_break_even: "no break-even by {year}",
        depreciation: "depreciation",
        capital_return: "return on capital",
        energy: "energy",
        opex: "other opex",
        paid_by_customers: "paid by customers",
        paid_by_investors: "+ paid by investors",
        round_trip: "round trip",
        round_trip_amount: "round trip {money}",
        customers_only: "customers' money only",
        with_funding: "plus investor-funded compute",
        payback: "payback {year}",
        no_payback: "no payback by {year}",
        customers_money: "customers' money",
        investors_money: "investors' money",
        round_trip_flow: "round trip: vendors' money coming back",
        customers: "Customers",
        investors: "Investors",
        vendors: "Vendors (cloud, chips)",
        ai_companies: "AI companies",
        not_compute: "Not spent on compute",
        vendor_revenue: "Vendors' AI revenue",
        fleet_costs: "the fleet costs {money}",
        a_year: "{money} a year",
        low_end: "input at its low end",
        high_end: "at its high end",
        no_ranges: "No ranges: \"How uncertain\" is 0",
        tabs: ChartTexts {
            gap: "Gap",
            costs: "Costs",
            circular: "Flows",
            cash: "Cash",
            tornado: "Tornado",
        },
        compared: "dashed: {name}",
        readout: "{year}: {items}",
        readout_item: "{label} {value}",
        flow_readout: "{whose}: {from} → {to}, {money}",
        bar_readout: "{input}: NPV {low} at the low end of its range, {high} at the high end",
    },
    describe: Describe {
        span: "{low} to {high}",
        tornado_none: "With no uncertainty ranges (How uncertain is 0) nothing moves the NPV \
                       of {npv}.",
        tornado_top: "The NPV of {npv} moves most with {input} at the ends of its range \
                      ({span}).",
        tornado_item: "{input} ({span})",
        tornado_then: " Then {list}.",
        gap_free: "In {year} the installed base costs nothing, so AI needs no revenue; it \
                   earns {earned}.",
        gap_short: "In {year} AI needs {needed} of revenue and earns {earned}; the gap is \
                    {gap}.",
        gap_covered: "In {year} AI needs {needed} of revenue and earns {earned}, enough to \
                      cover it.",
        gap_last: " In {year} it needs {needed} and earns {earned}.",
        catches_up: " Revenue catches up in {year}.",
        never_catches_up: " Revenue does not catch up by {year}.",
        costs: "In {year} the installed base costs {cost} a year: {depreciation} depreciation, \
                {capital_return} return on capital, {energy} energy and {opex} other opex. \
                Customers pay {customers} for compute and investors {investors}, {round_trip} \
                of it the vendors' own money coming back.",
        costs_last: " In {year} the cost is {cost} and {paid} is paid for compute.",
        circular: "In {year} AI companies get {customers} from customers, {investors} from \
                   investors and {vendors} from cloud and chip vendors.",
        circular_spend: " They spend {compute} on compute, the vendors' AI revenue (their \
                         fleet costs {fleet_cost} a year), and {other} on other things.",
        circular_sources: " Of that compute money {customers} is customers', {investors} \
                           other investors' and {round_trip}{share} the vendors' own money \
                           coming back.",
        circular_none: " They spend nothing on compute.",
        cash: "On customers' money alone the build-out's cumulative cash flow is \
               {customers_only} by {year}; counting investor-funded compute it is \
               {with_funding}.",
        pays_back_sooner: " It pays back in {year}, or in {funded} counting investor-funded \
                           compute.",
        pays_back: " It pays back in {year}.",
        pays_back_funded_only: " It does not pay back by {year} on customers' money, only in \
                                {funded} counting investor-funded compute.",
        never_pays_back: " It does not pay back by {year}.",
    },
    sentence: Sentence {
        free: "With these assumptions the fleet costs nothing to run, so it needs no revenue; \
               AI makes {revenue}.",
        needs: "To earn {wacc} on the build-out, AI needs {required} a year of revenue in \
                {year}; it makes {revenue}: {along}.",
        more_than_enough: "more than enough",
        of_the_way: "{coverage} of the way",
        keeps_covering: "Revenue keeps covering it to {year}.",
        falls_behind: "But revenue falls behind by {year}.",
        catches_up: "At {growth} growth a year, revenue catches up in {year}.",
        catches_up_then_behind: "At {growth} growth a year, revenue catches up in {year}, then \
                                 falls behind again by {last}.",
        growth_needed: "To catch up by {year}, revenue would have to grow {growth} a year.",
        round_trip: "Of the money paying for AI compute, {share} is the vendors' own \
                     investment coming back.",
        ticker: "Needs {required} · earns {revenue}",
        ticker_coverage: "Needs {required} · earns {revenue} ({coverage})",
        irr_no_change: "No IRR: the cash flows never change sign, so no rate makes their NPV \
                        zero.",
        irr_outside: "No IRR: the rate that makes the NPV zero lies outside -99% to 1,000% a \
                      year.",
        irr_several: "No single IRR: the cash flows change sign {n} times, so their NPV can be \
                      zero at several rates, or at none, and no one rate is the return.",
        irr_mirr: "{why} The MIRR, which finances and reinvests at the required return, is \
                   {mirr}.",
    },
    notices: NoticeWords {
        upgraded: "Made by an earlier version of the calculator, and read as it was then: \
                   short_share is 100 (all capex counted as chips and servers) unless it is \
                   set.",
        unknown_preset: "There is no preset \"{value}\"; using the defaults.",
        repeated: "{key} is given more than once; using the last value.",
        unknown_key: "Unknown setting \"{key}\" was ignored.",
        version: "This link is format version \"{value}\"; it was read as version {version}.",
        not_a_number: "{key} = \"{value}\" is not a number; using {used}.",
        not_finite: "{key} = {value} is not a finite number; using {used}.",
        rounded: "{key} = {value} must be a whole number; using {used}.",
        clamped: "{key} = {value} is outside {min} to {max} {unit}; using {used}.",
        bad_view: "{key} = \"{value}\": {what}",
        embed_values: "use embed=1 or embed=0.",
        theme_values: "use light, dark or auto.",
        lang_values: "use en, zh-Hans or zh-Hant.",
        unknown_name: "an unknown name was ignored.",
        unknown_names: "{n} unknown names were ignored.",
        more: "{n} more problems were ignored.",
        typed_not_a_number: "Enter a number from {min} to {max}{unit}.",
        typed_clamped: "From {min} to {max}{unit}: using {used}.",
        typed_rounded: "Whole numbers only: using {used}.",
    },
    page: Page {
        title: "ROI Gap: how much revenue the AI build-out needs",
        description: "An explorable calculator of the AI build-out: the revenue the \
                      data-centre spending needs, the revenue it earns, and how much of it is \
                      circular.",
        skip: "Skip to the assumptions",
        lede: "How much revenue does the AI build-out need to pay for itself, how much does it \
               earn, and how much of it is the vendors' own money coming back? Move the \
               assumptions and every number and chart updates.",
        language: "Language",
        failure_kept: "Your scenario is kept in this page's address.",
        failure: "Something went wrong in the calculator ({error}). The figures and charts may \
                  be out of date.",
        reload: "Reload with this scenario",
        reset_reload: "Reset to the defaults",
        dismiss: "Dismiss",
        dismiss_label: "Dismiss these notices",
        headline_title: "Headline figures",
        chances_note: "Chances from 2,000 draws of every uncertain assumption within its range \
                       (for example capex ±20%, revenue growth ±20 points); “How uncertain” \
                       widens or narrows every range, and 0 turns them off.",
        charts_title: "Charts",
        assumptions: "Assumptions",
        preset: "Preset",
        custom: "Custom",
        custom_source: "Custom scenario: your own assumptions.",
        source: "Source: {source}",
        read_it: "Read it",
        reset: "Reset",
        share: "Share",
        share_label: "Share a link to this scenario",
        link_copied: "Link copied.",
        copy_link: "Copy this link:",
        link_label: "Link to this scenario",
        embed: "Embed",
        embed_label: "Embed this calculator in an article",
        saved_title: "Saved scenarios",
        save_name: "Name",
        save_placeholder: "e.g. Bear case",
        save: "Save",
        saved: "Saved “{name}”.",
        replaced: "Replaced “{name}” with this scenario.",
        loaded: "Loaded “{name}”.",
        deleted: "Deleted “{name}”.",
        load: "Load",
        load_label: "Load {name}",
        delete: "Delete",
        delete_label: "Delete {name}",
        storage_blocked: "This browser does not allow saving scenarios here.",
        storage_unreadable: "Saved scenarios in this browser were unreadable and were ignored.",
        save_failed: "The scenario could not be saved: this browser's storage is full or \
                      blocked.",
        name_first: "Give the scenario a name first.",
        save_max: "At most {n} scenarios can be saved; delete one first.",
        download_csv: "Download data (CSV)",
        save_copy: "Save an offline copy",
        local_link: "This page is a file on this computer, so its link works only here. Copy it:",
        download: "Download",
        download_chart: "Download the {chart} as {kind}",
        download_failed: "The download failed: {error}",
        chart_failed: "This chart could not be drawn: {error}",
        checks_title: "Cross-checks",
        checks_intro: "Four ways to ask how much revenue the build-out needs.",
        method: "Method",
        revenue_needed: "Revenue needed",
        what_it_counts: "What it counts",
        check_model: "This model: fleet cost",
        check_model_what: "The whole installed base: capital charge at the required return, \
                           energy, opex, grossed up for the AI companies' margin.",
        check_sequoia: "Sequoia's rule",
        check_sequoia_what_html: "One year of capex, grossed up for the margin (<a \
                                  href=\"https://www.sequoiacap.com/article/ais-600b-question/\" \
                                  rel=\"noopener\">“AI's $600B question”</a>).",
        check_bain: "Bain's ratio",
        check_bain_what_html: "One year of capex divided by a sustainable capex-to-revenue \
                               ratio (<a \
                               href=\"https://www.bain.com/insights/topics/technology-report/\" \
                               rel=\"noopener\">Bain Technology Report 2025</a>).",
        check_jpmorgan: "JPMorgan's perpetuity",
        check_jpmorgan_what: "The required return, every year and forever, on all the capex of \
                              the horizon (JPMorgan, November 2025: about $650B of annual \
                              revenue for a 10% return on the build-out through 2030).",
        returns_title: "Investment returns",
        returns_intro_html: "The build-out as one investment: each year's cash flow is what \
                             customers pay for compute, less capex, energy and opex; the \
                             undepreciated value of the capex bought within the horizon counts \
                             in the last year. <strong>NPV</strong> discounts those flows at the \
                             required return (below zero: the return falls short); \
                             <strong>IRR</strong> is the return the flows actually earn, shown \
                             only where it is one rate (the flows change sign once); \
                             <strong>MIRR</strong> finances the losses and reinvests the gains \
                             at the required return, and has one value whenever the flows have \
                             both gains and losses.",
        year_table: "Year-by-year table",
        how_title: "How the model works",
        how_html: "All money is in billions of US dollars a year. Capex buys two kinds of \
                   asset: <strong>chips, servers and networking</strong>, which last <em>chip \
                   and server life</em> years, and <strong>buildings, power and \
                   cooling</strong>, which last <em>building and power life</em> years. The \
                   <strong>installed base</strong> of each is its capex of those years, at \
                   cost; the years before the first year grew at the past capex growth rate. \
                   Its yearly cost is a <strong>capital charge</strong> (depreciation plus the \
                   required return, through the capital recovery factor of each life) plus \
                   <strong>energy</strong>, which follows the chips, and <strong>other \
                   opex</strong>. The AI companies that sell to customers keep their gross \
                   margin, so the customer revenue that pays for the fleet is its cost divided \
                   by one minus the margin.",
        formulas:
            "C(t)         = capex × (1 + capex growth)^t        (past years: past capex growth)
chips S(t)   = share × [C(t) + … + C(t−chip life+1)]
buildings B  = (1 − share) × [C(t) + … + C(t−building life+1)]
crf(L)       = r / (1 − (1 + r)^−L)                r = required return (1/L when r = 0)
fleet cost   = crf(chip life) × S + crf(building life) × B + energy × S/S(0) + opex × (S + B)
                                                     (no energy when there are no chips: S(0) = 0)
required     = fleet cost / (1 − margin)
gap          = required − revenue;   coverage = revenue / required
cash flow    = revenue × (1 − margin) − C(t) − energy − opex
NPV          = Σ cash flow(t) / (1 + r)^t, plus the book value left in the last year
               of the capex bought within the horizon
perpetuity   = r × Σ C(t)                           (JPMorgan's framing)
round trip   = funding × vendor share × compute share × captive share",
        circular_html: "<strong>Circular spending.</strong> AI companies pay for compute with \
                        their customers' money and with investors' money. When a cloud or chip \
                        vendor invested that money and the AI company spends it on that same \
                        vendor's compute, the vendor's “AI revenue” is its own money coming \
                        back: the round trip. A funding squeeze removes the investor-paid part \
                        at once.",
        sources_caption: "Defaults and where they come from",
        assumption: "Assumption",
        default_value: "Default",
        source_column: "Source",
        full_link: "Open the full ROI Gap calculator",
        footer: "ROI Gap: an open calculator. The model's numbers are estimates from public \
                 reporting and labelled assumptions; change them.",
        embed_title: "Embed this calculator",
        embed_local_html: "This copy of the page is opened from a file on this computer, so \
                           the snippets point to it. Put <code>index.html</code> and \
                           <code>embed.js</code> on a web server and open the page from there \
                           to get snippets for an article.",
        embed_intro: "Paste a snippet into your article. It shows the current scenario, with \
                      the sliders and charts you pick.",
        embed_sliders: "Sliders readers can move",
        embed_charts: "Charts",
        theme: "Theme",
        theme_auto: "Follow the reader's setting",
        theme_light: "Light",
        theme_dark: "Dark",
        embed_language: "Language of the widget",
        embed_script: "With the resizing script (recommended: never an inner scroll bar)",
        embed_iframe: "Plain iframe (fixed height)",
        copy: "Copy",
        copy_script_label: "Copy the snippet with the resizing script",
        copy_iframe_label: "Copy the plain iframe snippet",
        copied: "Copied.",
        copy_select: "Selected: press Ctrl+C (or ⌘C) to copy.",
        measuring: "Measuring the widget's height…",
        close: "Close",
        widget_title: "ROI Gap: the economics of the AI build-out",
        credit: "Model and defaults: ROI Gap; sources in the full calculator.",
        export_default: "Default scenario",
        export_source: "ROI Gap: model and defaults, sources in the full calculator · {link} · {date}",
        scenario_column: "This scenario",
        print_scenario: "The scenario shown",
        blocked_here: "This article's page does not let the widget download files or open windows. Copy the link to open the full calculator:",
        reading: Reading {
            readout_hint: "Point at the chart, tap it, or focus it and use the arrow keys to \
                           read a year.",
            readout_hint_flow: "Point at a flow, tap it, or focus the chart and use the arrow \
                                keys to read it.",
            readout_hint_bar: "Point at a bar, tap it, or focus the chart and use the arrow \
                               keys to read it.",
            compare: "Compare with",
            compare_start: "Where you started",
            compare_none: "Nothing",
            started: "where you started",
            delta_context: "compared with {name}",
            undo: "Undo",
            redo: "Redo",
            chart_tabs: "Chart shown",
            formulas_label: "Formulas",
        },
    },
    fallback: Fallback {
        heading: "English",
        cannot_run: "The interactive part of this calculator cannot run in this browser",
        reason: "it needs JavaScript and WebAssembly",
        shown: "Here are the default scenario's numbers and charts.",
        saved: "Here are the numbers and charts of the scenario this copy was saved with.",
    },
};
