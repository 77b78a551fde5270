#!/usr/bin/env python3
"""Build the EnergyFigures reference data files from the shared reference-data folder.

Usage (from the repository root):

    python3 data/tools/build_reference_data.py [SHARED_REFERENCE_DATA_DIR] [--out DATA_DIR]

SHARED_REFERENCE_DATA_DIR defaults to ``../shared/reference-data`` relative to the repository
root (the folder described by its own SOURCES.md, with ``raw/`` and ``derived/``). DATA_DIR
defaults to ``data`` in the repository root. The script writes:

    data/reference/series.csv
    data/reference/observations.csv
    data/reference/conversion_factors.csv
    data/reference/reported_figures.csv
    data/SOURCES.md

Python 3 standard library only. The output is deterministic: UTF-8 without BOM, LF line
endings, RFC 4180 quoting (only where needed), rows sorted by ordinal (code point) order of
their key columns. The inputs are verified against the SHA-256 values recorded in the shared
SOURCES.md; the build stops if an input differs (pass --allow-changed-inputs to override, and
then review every hand-written mapping below).
"""

from __future__ import annotations

import argparse
import calendar
import csv
import hashlib
import io
import re
import sys
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from pathlib import Path

# --------------------------------------------------------------------------------------------
# Inputs and their provenance (copied from the shared reference-data/SOURCES.md)
# --------------------------------------------------------------------------------------------

INPUTS = {
    "cmo": {
        "path": "raw/CMO-Historical-Data-Monthly.csv",
        "sha256": "3150b12530c9dddfcdc5d7de4908489f3ec8320ace306baf0d7ad94cebb84a53",
        "repo": "sebapi747/gold",
        "repo_path": "CMO-Historical-Data-Monthly.csv",
        "commit": "cc08f2e46e3bf50712f7f025d26b5287e00b41a5",
        "commit_note": "the commit that last changed the file, 17 Dec 2025; repository HEAD then "
        "f01dd60aabe864d9b87c016d6f08a4435057ebf8; the newer version of commit "
        "5a1fc1ca4c359e9880b41b0d12dcead15a08fd72, \"Updated on May 04, 2026\", was not used",
    },
    "ecb": {
        "path": "raw/eurofxref-hist.csv",
        "sha256": "ac8b9860a33732f8a54b284bf6c11a5fd7259c44080d72250a8b798c2d3cf1d7",
        "repo": "stadlmax/pyFIFOtax",
        "repo_path": "eurofxref-hist.csv",
        "commit": "13821b82249939a35ad2042c64d7d3099ac17604",
        "commit_note": "26 Jan 2025, the file's last version; a later commit, "
        "42524acd8904cb703f496e60f1ba3c5abf645905, deleted it",
    },
    "tb3ms": {
        "path": "raw/TB3MS.csv",
        "sha256": "edff956f314e8b2d7fb32ef2652a555441cb83632f759548b0060378e5778c85",
        "repo": "sebapi747/gold",
        "repo_path": "data/TB3MS.csv",
        "commit": "ae5dc0a651b916e024fc4cbf0b62be247dad53e7",
        "commit_note": "the commit that last changed the file, 13 Nov 2025; repository HEAD then "
        "f01dd60aabe864d9b87c016d6f08a4435057ebf8",
    },
    "factors": {
        "path": "derived/gas_conversion_factors.csv",
        "sha256": "6a57a847c7a0be53fb8511f234f5b34edd360f21fb61b0581e25fcf6ac034a1c",
    },
    "pages": {
        "path": "derived/claims_reference_figures_from_pages.csv",
        "sha256": "353fae235f33e5e88194bca4a03aae01030dd8b7067b01c056a77f43c9ccc953",
    },
}

# Files in the shared folder that are deliberately NOT shipped (only mentioned in SOURCES.md).
NOT_SHIPPED = {
    "raw/Dutch TTF Natural Gas Futures Historical Data.csv":
        "a8f78bb48ddd45126edf803a4a1426ddf6fe2ec5a51d58086fe9f5c29c33e3ea",
    "derived/ttf_front_month_daily_2019-12_2020-03_usd.csv":
        "c4de1875acc25caabe34e612a965bfcd5dc46c2e2ddf856d8a441131b6af404d",
    "raw/natural-gas-prices.csv":
        "ed758183e6508f4bd1d79fecd58613ce55ab53a2e37041702ded729ccf4d7c68",
    "derived/pinksheet_energy_monthly_2015_2021.csv":
        "591bc814ae6df6bfd740625f913be2de95c16348baba287f40d55a43f2a19150",
}


def github_url(key: str) -> str:
    src = INPUTS[key]
    return f"https://github.com/{src['repo']}/blob/{src['commit']}/{src['repo_path']}"


# --------------------------------------------------------------------------------------------
# Series catalogue
# --------------------------------------------------------------------------------------------

WB_CITATION = (
    "World Bank, Commodity Price Data (The Pink Sheet), monthly prices in nominal US dollars, "
    "updated on November 04, 2025. License: CC BY 4.0."
)
WB_URL = "https://www.worldbank.org/en/research/commodity-markets"
ECB_CITATION = (
    "Source: European Central Bank (ECB), euro foreign exchange reference rates, full history "
    "file eurofxref-hist.csv."
)
ECB_URL = (
    "https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/"
    "html/index.en.html"
)
FRED_CITATION = (
    "Board of Governors of the Federal Reserve System (US), 3-Month Treasury Bill Secondary "
    "Market Rate, Discount Basis [TB3MS], retrieved from FRED, Federal Reserve Bank of "
    "St. Louis; https://fred.stlouisfed.org/series/TB3MS (vintage with data to 2025-09)."
)
FRED_URL = "https://fred.stlouisfed.org/series/TB3MS"

WB_LICENCE = "CC BY 4.0 (World Bank open data terms)"
ECB_LICENCE = "ECB statistics: reuse permitted with acknowledgement of the source"
FRED_LICENCE = "US government data (Federal Reserve Board, H.15); FRED asks users to cite the series"

# (id, raw code, name, unit, notes)
WB_SERIES = [
    ("worldbank.CRUDE_BRENT", "CRUDE_BRENT", "Crude oil, Brent", "USD/bbl",
     "Pink Sheet code CRUDE_BRENT; source unit ($/bbl)."),
    ("worldbank.CRUDE_PETRO", "CRUDE_PETRO", "Crude oil, average", "USD/bbl",
     "Pink Sheet code CRUDE_PETRO (average of Brent, Dubai and WTI); source unit ($/bbl)."),
    ("worldbank.NGAS_EUR", "NGAS_EUR", "Natural gas, Europe", "USD/MMBtu",
     "Pink Sheet code NGAS_EUR; source unit ($/mmbtu). In this vintage the 2020 values match the "
     "Dutch TTF price converted to USD/MMBtu (cross-check in the shared SOURCES.md)."),
    ("worldbank.NGAS_US", "NGAS_US", "Natural gas, US", "USD/MMBtu",
     "Pink Sheet code NGAS_US (Henry Hub); source unit ($/mmbtu)."),
    ("worldbank.NGAS_JP", "NGAS_JP", "Liquefied natural gas, Japan", "USD/MMBtu",
     "Pink Sheet code NGAS_JP; source unit ($/mmbtu)."),
    ("worldbank.iNATGAS", "iNATGAS", "Natural gas index", "index",
     "Pink Sheet code iNATGAS; unit is an index with 2010=100 (source unit (2010=100)), "
     "written `index` here."),
]


# --------------------------------------------------------------------------------------------
# Conversion factors: one translation per input row (keyed by the input's quantity and unit)
# --------------------------------------------------------------------------------------------

# key (quantity, unit as in input) -> list of output rows (id, quantity, unit, value|None,
# low, high, extra note). Every input row must be used exactly once. An extra note starting
# with "=" replaces the input's note instead of being appended to it.

# Input sources that point at "the row above" are rewritten to name the row's id (output rows
# are sorted by id, so "above" would no longer hold).
SOURCE_REWRITE = {
    "derived from the BP factor above":
        "derived from bp.gas.energy_per_1000m3 (BP Statistical Review of World Energy, "
        "Approximate conversion factors, updated July 2021)",
    "derived from the definition above":
        "derived from mmbtu.gj (definition of the (IT) British thermal unit)",
}
NOTE_REWRITE = {
    "the factor used in this folder's derived USD per 1000 m3 columns":
        "the factor used in the shared reference-data folder's derived USD per 1000 m3 columns",
}
FACTOR_MAP = {
    ("energy_per_1000m3_natural_gas", "GJ per 1000 m3"): [
        ("bp.gas.energy_per_1000m3", "energy_per_1000m3_natural_gas", "GJ/1000 m3", None, "", "", "")],
    ("energy_per_1000m3_natural_gas", "MMBtu per 1000 m3"): [
        ("bp.gas.mmbtu_per_1000m3", "energy_per_1000m3_natural_gas", "MMBtu/1000 m3", None, "", "", "")],
    ("energy_per_1000m3_natural_gas", "MWh per 1000 m3"): [
        ("bp.gas.mwh_per_1000m3", "energy_per_1000m3_natural_gas", "MWh/1000 m3", None, "", "", "")],
    ("mtoe_per_bcm_natural_gas", "Mtoe per bcm"): [
        ("bp.gas.mtoe_per_bcm", "mtoe_per_bcm_natural_gas", "Mtoe/bcm", None, "", "",
         "Unit symbol Mtoe is not in the unit table of data/README.md.")],
    ("cubic_feet_per_m3", "ft3 per m3"): [
        ("bp.gas.ft3_per_m3", "cubic_feet_per_m3", "ft3/m3", None, "", "",
         "Unit symbol ft3 is not in the unit table of data/README.md.")],
    ("gj_per_mmbtu", "GJ per MMBtu"): [
        ("mmbtu.gj", "gj_per_mmbtu", "GJ/MMBtu", None, "", "", "")],
    ("mmbtu_per_mwh", "MMBtu per MWh"): [
        ("mwh.mmbtu", "mmbtu_per_mwh", "MMBtu/MWh", None, "", "", "")],
    ("gross_heating_value_typical_pipeline_gas", "MJ per m3 (HHV)"): [
        ("hhv.gas.energy_per_1000m3", "gross_heating_value_typical_pipeline_gas", "GJ/1000 m3",
         None, "", "",
         "Input: 38.3 MJ per m3 (HHV); 1 MJ/m3 = 1 GJ/1000 m3, so the number is unchanged."),
        ("hhv_lhv.gas.energy_per_1000m3", "heating_value_range_typical_pipeline_gas", "GJ/1000 m3",
         "", "@LHV", "@HHV",
         "=Range from the net (LHV, 930 Btu/ft3) to the gross (HHV, 1027 Btu/ft3) heating value of "
         "typical pipeline gas; built from the input rows gross_heating_value_typical_pipeline_gas "
         "and net_heating_value_typical_pipeline_gas (MJ per m3 = GJ per 1000 m3). Less "
         "authoritative source."),
    ],
    ("net_heating_value_typical_pipeline_gas", "MJ per m3 (LHV)"): [
        ("lhv.gas.energy_per_1000m3", "net_heating_value_typical_pipeline_gas", "GJ/1000 m3",
         None, "", "",
         "Input: 34.6 MJ per m3 (LHV); 1 MJ/m3 = 1 GJ/1000 m3, so the number is unchanged.")],
    ("barrels_oil_equivalent_per_toe", "boe per toe"): [
        ("spe.oil.boe_per_toe", "barrels_oil_equivalent_per_toe", "boe/toe", None, "", "",
         "Unit symbols boe and toe are not in the unit table of data/README.md.")],
}

FACTOR_COLUMNS = ["id", "quantity", "value", "low", "high", "unit", "basis", "source",
                  "source_url", "note"]


# --------------------------------------------------------------------------------------------
# Reported figures: hand-written reading of each row of claims_reference_figures_from_pages.csv
# --------------------------------------------------------------------------------------------

CLAIM_COLUMNS = [
    "id", "subject", "period", "claimant", "claimant_role", "text", "bound", "value",
    "value_high", "tolerance", "scale", "unit", "topics", "countries", "quote", "quote_kind",
    "said_on", "reported_by", "source_title", "source_author", "source_outlet", "source_date",
    "source_url", "originally_published_in", "notes", "compared_with",
]

# Unit translation: input unit -> (EnergyFigures unit, scale)
UNIT_MAP = {
    "USD per 1000 m3": ("USD/1000 m3", ""),
    "USD billion": ("USD", "billion"),
    "percent per year": ("percent/year", ""),
    "USD per tonne": ("USD/t", ""),
    "percent of Urals market price": ("percent", ""),
}

EDITORS = "EnergyFigures dataset editors"

TITLE_NOT_RECORDED = ("Page title not recorded in the compilation; its publisher/page label "
                      "is used as source_title")

# One entry per input row, keyed by (topic, period, value) exactly as in the input.
# Fields left out take defaults: period = input period, bound exact, value = input value,
# text = None (quote becomes "<description>: <value> <unit as written>"), claimant = outlet.
# source_date: "YYYY-MM-DD" (date given by the row or found on the page), "YYYY-MM" or "YYYY" (only
# that much known), or absent: unknown, printed as "unknown" (never a period end or another guess).
# date_note: where a date (or what is known about it) comes from.
PAGES = [
    {
        "key": ("gas_price_belarus", "2007", "100"),
        "subject": "Price Belarus pays for Russian gas",
        "claimant": "Associated Press",
        "source_outlet": "Belarus News and Analysis (data.minsk.by)",
        "originally_published_in": "Associated Press",
        "source_title": "Associated Press via data.minsk.by (Belarus News and Analysis, 05/2007)",
        "title_not_recorded": True,
        "source_date": "2007-05",
        "date_note": "Month from the compilation's page label (Belarus News and Analysis, 05/2007); the day was not found",
        "countries": "BY;RU",
    },
    {
        "key": ("gas_price_belarus", "2011-Q4", "286"),
        "subject": "Price charged to Belarus for Russian gas when Gazprom bought the remaining 50% of Beltransgaz",
        "claimant": "Natural Gas World",
        "source_outlet": "Natural Gas World",
        "source_title": "Gazprom Finally Bags Beltransgaz",
        "date_note": 'Publication date not found (the page reports the purchase of the remaining 50% of Beltransgaz in November 2011 and the price for Q1 2012)',
        "countries": "BY;RU",
    },
    {
        "key": ("gas_price_belarus", "2012-Q1", "164"),
        "subject": "Price Belarus pays for Russian gas after the Beltransgaz deal",
        "claimant": "Natural Gas World",
        "source_outlet": "Natural Gas World",
        "source_title": "Gazprom Finally Bags Beltransgaz",
        "date_note": 'Publication date not found (the page reports the purchase of the remaining 50% of Beltransgaz in November 2011 and the price for Q1 2012)',
        "countries": "BY;RU",
    },
    {
        "key": ("gas_price_belarus", "2012", "165.6"),
        "subject": "Contract price of Russian gas for Belarus",
        "claimant": "yugs.ru",
        "source_outlet": "yugs.ru",
        "source_title": "Rossiya i Belorussiya podpisali gazovye kontrakty",
        "date_note": 'Publication date not found (the figures are those of the contracts signed in November 2011)',
        "countries": "BY;RU",
        "notes": ["Title as transliterated in the compilation."],
    },
    {
        "key": ("gas_price_russia_domestic_avg", "2012 (forecast, as of Nov 2011)", "106.5"),
        "period": "2012",
        "subject": "Average gas price in Russia expected for the year (forecast)",
        "claimant": "yugs.ru",
        "text": "106-107 USD per 1000 m3",
        "bound": "range",
        "value": "106",
        "value_high": "107",
        "said_on": "2011-11",
        "source_outlet": "yugs.ru",
        "source_title": "Rossiya i Belorussiya podpisali gazovye kontrakty",
        "date_note": 'Publication date not found (the figures are those of the contracts signed in November 2011)',
        "countries": "RU",
        "notes": ["Forecast as of Nov 2011 (compilation period '2012 (forecast, as of Nov 2011)').",
                  "The compilation recorded the midpoint 106.5; the printed range 106-107 is kept.",
                  "Title as transliterated in the compilation."],
    },
    {
        "key": ("gas_price_belarus", "2014", "168"),
        "subject": "Price of Russian gas for Belarus",
        "claimant": "BelTA",
        "text": "about USD 168",
        "bound": "approximately",
        "said_on": "2015",
        "source_outlet": "BelTA (atom.belta.by)",
        "source_title": "Belarus expects lower price for Russian gas in H2",
        "source_date": "2015",
        "date_note": "Year from the text ('In 2015 the input gas price for Belarus will be...', 'Last year... about $168'); the day was not found",
        "countries": "BY;RU",
        "notes": ["Said in 2015 ('last year'); the speaker is not named in the compilation."],
    },
    {
        "key": ("gas_price_belarus", "2015", "134"),
        "subject": "Input gas price for Belarus",
        "claimant": "BelTA",
        "source_outlet": "BelTA (atom.belta.by)",
        "source_title": "Belarus expects lower price for Russian gas in H2",
        "source_date": "2015",
        "date_note": "Year from the text ('In 2015 the input gas price for Belarus will be...', 'Last year... about $168'); the day was not found",
        "countries": "BY;RU",
    },
    {
        "key": ("gas_price_belarus", "2017", "130"),
        "subject": "Price of Russian gas for Belarus agreed in the April 2017 settlement",
        "claimant": "Sputnik",
        "source_outlet": "Sputnik",
        "source_title": "Sputnik, 13 Apr 2017",
        "title_not_recorded": True,
        "source_date": "2017-04-13",
        "countries": "BY;RU",
    },
    {
        "key": ("gas_price_belarus", "2019", "127"),
        "subject": "Price Belarus paid for Russian gas",
        "claimant": "Natural Gas World",
        "source_outlet": "Natural Gas World",
        "source_title": "Gazprom, Belarus Agree Pricing for Russian Gas in 2020",
        "source_date": "2020",
        "date_note": "Year from the text, which reports Gazprom's statement 'on its website on February 14' about 2020 supplies (so the page is from 14 February 2020 or later); the day was not found",
        "countries": "BY;RU",
    },
    {
        "key": ("gas_price_belarus", "2020", "127"),
        "subject": "Price of Russian gas for Belarus agreed for the year",
        "claimant": "Natural Gas World",
        "source_outlet": "Natural Gas World",
        "source_title": "Gazprom, Belarus Agree Pricing for Russian Gas in 2020",
        "source_date": "2020",
        "date_note": "Year from the text, which reports Gazprom's statement 'on its website on February 14' about 2020 supplies (so the page is from 14 February 2020 or later); the day was not found",
        "countries": "BY;RU",
        "notes": ["Agreed 7 Feb 2020 in Sochi, protocol signed 14 Feb 2020 (per the compilation), "
                  "so the page is from 14 Feb 2020 or later."],
    },
    {
        "key": ("gas_price_belarus", "2021", "128.5"),
        "subject": "Price of Russian gas for Belarus",
        "claimant": "Alexander Lukashenko",
        "claimant_role": "President of Belarus",
        "source_outlet": "Caspian Barrel",
        "source_title": "Caspian Barrel, Jan 2021",
        "title_not_recorded": True,
        "source_date": "2021-01",
        "date_note": 'Month from the URL (/2021/01/); the day was not found',
        "countries": "BY;RU",
    },
    {
        "key": ("gas_price_gazprom_europe_avg", "2018", "245.5"),
        "subject": "Average price of Gazprom gas exported to Europe",
        "claimant": "e15.cz",
        "source_outlet": "e15.cz",
        "source_title": "e15.cz",
        "title_not_recorded": True,
        "source_date": "2019",
        "date_note": "Year from the title ('Gazprom loni zvýšil podíl na trhu': Gazprom raised its market share last year, i.e. in 2018); the day was not found",
        "countries": "RU",
    },
    {
        "key": ("gas_price_gazprom_europe_avg", "2019", "203"),
        "subject": "Average price Gazprom charged its European customers",
        "claimant": "Natural Gas World",
        "text": "USD 203 per 1000 m3",
        "source_outlet": "Natural Gas World",
        "source_title": "Gazprom, Belarus Agree Pricing for Russian Gas in 2020",
        "source_date": "2020",
        "date_note": "Year from the text, which reports Gazprom's statement 'on its website on February 14' about 2020 supplies (so the page is from 14 February 2020 or later); the day was not found",
        "countries": "RU",
    },
    {
        "key": ("gas_price_gazprom_europe_avg", "2017-01..09", "190"),
        "period": "2017-01/2017-09",
        "subject": "Average price of Gazprom gas exports to Europe",
        "claimant": "A. Medvedev",
        "reported_by": "TASS;Tanjug",
        "source_outlet": "capital.ba",
        "source_title": "capital.ba",
        "title_not_recorded": True,
        "date_note": 'Publication date not found (the page reports the January-September 2017 average, so it is from October 2017 or later)',
        "countries": "RU",
        "notes": ["Claimant named 'A. Medvedev' in the compilation (a Gazprom context); role not recorded."],
    },
    {
        "key": ("gas_price_gazprom_europe_avg", "2020-Q2", "110.1"),
        "subject": "Average price of Gazprom gas for Europe",
        "claimant": "Gazprom",
        "source_outlet": "moldovastiri.ro",
        "originally_published_in": "Mold-street (Unimedia)",
        "source_title": "moldovastiri.ro (Mold-street, Unimedia), citing Gazprom quarterly report",
        "title_not_recorded": True,
        "source_date": "2020",
        "date_note": "Year from the text ('în trimestrul doi al acestui an': in the second quarter of this year, 2020); the day was not found",
        "countries": "RU",
        "notes": ["From Gazprom's quarterly report as cited by the page."],
    },
    {
        "key": ("trade_belarus_russia_goods_exports", "2020", "13.13"),
        "subject": "Belarus goods exports to Russia",
        "claimant": "Belstat",
        "reported_by": "naviny.online",
        "source_outlet": "Rzeczpospolita (rp.pl)",
        "source_title": "Rzeczpospolita (rp.pl)",
        "title_not_recorded": True,
        "date_note": "Publication date not found (the page reports Belstat's full-year 2020 figures, so it is from 2021 or later)",
        "countries": "BY;RU",
    },
    {
        "key": ("trade_belarus_russia_goods_imports", "2020", "16.4"),
        "subject": "Belarus goods imports from Russia",
        "claimant": "Belstat",
        "reported_by": "naviny.online",
        "source_outlet": "Rzeczpospolita (rp.pl)",
        "source_title": "Rzeczpospolita (rp.pl)",
        "title_not_recorded": True,
        "date_note": "Publication date not found (the page reports Belstat's full-year 2020 figures, so it is from 2021 or later)",
        "countries": "BY;RU",
    },
    {
        "key": ("trade_belarus_russia_goods_turnover", "2020", "29.52"),
        "subject": "Belarus-Russia goods turnover",
        "claimant": "Belstat",
        "reported_by": "naviny.online",
        "source_outlet": "Rzeczpospolita (rp.pl)",
        "source_title": "Rzeczpospolita (rp.pl)",
        "title_not_recorded": True,
        "date_note": "Publication date not found (the page reports Belstat's full-year 2020 figures, so it is from 2021 or later)",
        "countries": "BY;RU",
        "notes": ["Attributed to Belstat by analogy with the export and import rows of the same page."],
    },
    {
        "key": ("trade_belarus_russia_goods_exports", "2019 (implied)", "13.68"),
        "period": "2019",
        "subject": "Belarus goods exports to Russia (implied from the 2020 value and its change, at printed precision)",
        "claimant": EDITORS,
        "derived": "exports",
        "reported_by": "Belstat;naviny.online",
        "source_outlet": "Rzeczpospolita (rp.pl)",
        "source_title": "Rzeczpospolita (rp.pl)",
        "title_not_recorded": True,
        "date_note": "Publication date of the page the inputs come from not found (it reports Belstat's full-year 2020 figures, so it is from 2021 or later)",
        "countries": "BY;RU",
        "notes": ["Not printed on the page: derived by the dataset's editors from the page's 2020 value "
                  "and year-on-year change, each at its printed precision (the quote shows the computation); "
                  "the shared compilation's point value from the rounded inputs is in the last note."],
    },
    {
        "key": ("trade_belarus_russia_goods_imports", "2019 (implied)", "22.04"),
        "period": "2019",
        "subject": "Belarus goods imports from Russia (implied from the 2020 value and its change, at printed precision)",
        "claimant": EDITORS,
        "derived": "imports",
        "reported_by": "Belstat;naviny.online",
        "source_outlet": "Rzeczpospolita (rp.pl)",
        "source_title": "Rzeczpospolita (rp.pl)",
        "title_not_recorded": True,
        "date_note": "Publication date of the page the inputs come from not found (it reports Belstat's full-year 2020 figures, so it is from 2021 or later)",
        "countries": "BY;RU",
        "notes": ["Not printed on the page: derived by the dataset's editors from the page's 2020 value "
                  "and year-on-year change, each at its printed precision (the quote shows the computation); "
                  "the shared compilation's point value from the rounded inputs is in the last note."],
    },
    {
        "key": ("trade_belarus_russia_goods_balance", "2019 (implied)", "-8.36"),
        "period": "2019",
        "subject": "Belarus goods trade balance with Russia, exports minus imports (implied, at printed precision)",
        "claimant": EDITORS,
        "derived": "balance",
        "reported_by": "Belstat;naviny.online",
        "source_outlet": "Rzeczpospolita (rp.pl)",
        "source_title": "Rzeczpospolita (rp.pl)",
        "title_not_recorded": True,
        "date_note": "Publication date of the page the inputs come from not found (it reports Belstat's full-year 2020 figures, so it is from 2021 or later)",
        "countries": "BY;RU",
        "notes": ["Not printed on the page: derived by the dataset's editors as implied exports minus "
                  "implied imports, each an interval at the printed precision of its inputs (the quote shows "
                  "the computation); negative = deficit of Belarus."],
    },
    {
        "key": ("trade_belarus_russia_goods_balance", "2012-2018 average", "-8.5"),
        "period": "2012/2018",
        "subject": "Belarus's deficit in goods trade with Russia, annual average",
        "claimant": "Yuri Kofner",
        "claimant_role": "Institute for Market Integration and Economic Policy (MIWI)",
        "text": "USD 8.5 billion",
        "value": "8.5",
        "source_outlet": "Institute for Market Integration and Economic Policy (MIWI)",
        "source_author": "Yuri Kofner",
        "source_title": "Yuri Kofner, Institute for Market Integration and Economic Policy (MIWI), 6 June 2020",
        "title_not_recorded": True,
        "source_date": "2020-06-06",
        "countries": "BY;RU",
        "notes": ["The compilation records it as a balance of -8.5; the printed figure is the "
                  "deficit, 8.5 (USD billion on average annually)."],
    },
    {
        "key": ("trade_russia_belarus_fcs_exports", "2020-Q1", "3.337"),
        "subject": "Russian goods exports to Belarus (Russian customs data)",
        "claimant": "Federal Customs Service of Russia",
        "source_outlet": "EADaily",
        "source_title": "EADaily, 21 May 2020",
        "title_not_recorded": True,
        "source_date": "2020-05-21",
        "countries": "RU;BY",
    },
    {
        "key": ("trade_russia_belarus_fcs_imports", "2020-Q1", "2.804"),
        "subject": "Russian goods imports from Belarus (Russian customs data)",
        "claimant": "Federal Customs Service of Russia",
        "source_outlet": "EADaily",
        "source_title": "EADaily, 21 May 2020",
        "title_not_recorded": True,
        "source_date": "2020-05-21",
        "countries": "RU;BY",
    },
    {
        "key": ("trade_russia_belarus_fcs_exports", "2020-01..09", "11.051"),
        "period": "2020-01/2020-09",
        "subject": "Russian goods exports to Belarus (Russian customs data)",
        "claimant": "Federal Customs Service of Russia",
        "reported_by": "Sputnik",
        "source_outlet": "director.by",
        "source_title": "director.by",
        "title_not_recorded": True,
        "date_note": 'Publication date not found (the page reports January-September 2020, so it is from October 2020 or later)',
        "countries": "RU;BY",
    },
    {
        "key": ("trade_russia_belarus_fcs_imports", "2020-01..09", "8.996"),
        "period": "2020-01/2020-09",
        "subject": "Russian goods imports from Belarus (Russian customs data)",
        "claimant": "Federal Customs Service of Russia",
        "reported_by": "Sputnik",
        "source_outlet": "director.by",
        "source_title": "director.by",
        "title_not_recorded": True,
        "date_note": 'Publication date not found (the page reports January-September 2020, so it is from October 2020 or later)',
        "countries": "RU;BY",
    },
    {
        "key": ("debt_service_belarus_to_russia", "2020", "1.0"),
        "subject": "Belarus's repayment to Russia on its old debt during the year",
        "claimant": "Alexander Lukashenko",
        "claimant_role": "President of Belarus",
        "text": "a billion",
        "value": "1",
        "said_on": "2020-09-01/2020-09-17",
        "source_outlet": "TASS",
        "source_title": "TASS, 17 Sep 2020",
        "title_not_recorded": True,
        "source_date": "2020-09-17",
        "countries": "BY;RU",
        "notes": ["Printed as 'a billion' (value 1, scale billion, currency from the context: the "
                  "compilation gives USD 1.0 billion); bound read as exact because no hedge is printed.",
                  "said_on: Sep 2020 per the compilation, no later than the TASS report."],
    },
    {
        "key": ("debt_belarus_state_to_russia", "mid-2018", "6.3"),
        "period": "2018",
        "subject": "Belarusian state debt owed to Russia, USD part (plus RUB 60 bn)",
        "claimant": "udf.name",
        "text": "USD 6.3 bn",
        "source_outlet": "udf.name",
        "source_title": "udf.name",
        "title_not_recorded": True,
        "date_note": 'Publication date not found',
        "countries": "BY;RU",
        "notes": ["The compilation says 'as of mid-2018'; the period is given as the year 2018."],
    },
    {
        "key": ("loan_rate_npp_fixed_part", "2011 agreement", "5.23"),
        "period": "2011",
        "subject": "Fixed interest rate on half of Russia's state export credit for the Belarusian nuclear power plant",
        "claimant": "NEI Magazine",
        "text": "5.23% a year",
        "source_outlet": "news.finnuclear.fi",
        "originally_published_in": "NEI Magazine",
        "source_title": "Russia restructures loan for Belarus nuclear power plant",
        "date_note": "Publication date not found (the page reports the Russian government's approval of the draft protocol 'on 22 June', in 2020, so it is from that day or later)",
        "countries": "BY;RU",
        "notes": ["Rate of the 2011 agreement (compilation period '2011 agreement'). The page "
                  "reports a later restructuring, so it was published after 2011."],
    },
    {
        "key": ("loan_rate_npp_average", "2011 (at ratification)", "3.92"),
        "period": "2011",
        "subject": "Average interest rate of Russia's loan for the Belarusian nuclear power plant at ratification",
        "claimant": "BelTA",
        "text": "3.92% per annum",
        "source_outlet": "altcenter.org",
        "originally_published_in": "BelTA",
        "source_title": "BelTA via altcenter.org, 21 Dec 2011",
        "title_not_recorded": True,
        "source_date": "2011-12-21",
        "countries": "BY;RU",
        "notes": ["Compilation period '2011 (at ratification)'. The speaker quoted by BelTA is not "
                  "named in the compilation."],
    },
    {
        "key": ("loan_rate_npp_restructured", "2020 (draft protocol, June 2020)", "3.3"),
        "period": "2020",
        "subject": "Proposed fixed interest rate replacing the mixed rate of Russia's loan for the Belarusian nuclear power plant",
        "claimant": "UAWire",
        "source_outlet": "UAWire",
        "source_title": "UAWire / NEI Magazine",
        "title_not_recorded": True,
        "date_note": 'Publication date not found (the page reports figures as of 1 April 2020)',
        "countries": "BY;RU",
        "notes": ["Draft protocol of June 2020 (compilation period '2020 (draft protocol, June 2020)'). "
                  "The compilation credits 'UAWire / NEI Magazine'."],
    },
    {
        "key": ("russia_holdings_us_treasuries", "2020-02", "12.58"),
        "subject": "Russian holdings of US government securities at the end of the month",
        "claimant": "US Department of the Treasury (TIC data)",
        "reported_by": "TASS",
        "source_outlet": "Trend.az",
        "source_title": "Trend.az",
        "title_not_recorded": True,
        "date_note": 'Publication date not found (the page also cites March 2020 data)',
        "countries": "RU;US",
        "notes": ["The page also cites March 2020 data, so it was published after the period end."],
    },
    {
        "key": ("oil_premium_belarus", "2019-2020", "11"),
        "period": "2019/2020",
        "subject": "Premium of Russian oil companies over the formula price of oil for Belarus",
        "claimant": "Belarus in Focus",
        "text": "USD 10-12 per tonne",
        "bound": "range",
        "value": "10",
        "value_high": "12",
        "source_outlet": "Belarus in Focus",
        "source_title": "Belarus in Focus; Belsat",
        "title_not_recorded": True,
        "date_note": 'Publication date not found',
        "countries": "BY;RU",
        "notes": ["The compilation recorded the midpoint 11; the printed range 10-12 is kept.",
                  "The compilation credits 'Belarus in Focus; Belsat'."],
    },
    {
        "key": ("oil_premium_belarus_cut", "2020-04", "7"),
        "subject": "Cut in the premium over the price of Russian oil for Belarus agreed in 2020",
        "claimant": "Semashko",
        "claimant_role": "ambassador",
        "text": "USD 7 per tonne",
        "source_outlet": "Belsat (naviny.belsat.eu)",
        "source_title": "Belsat (naviny.belsat.eu)",
        "title_not_recorded": True,
        "date_note": 'Publication date not found (the page reports the agreement on supplies for April 2020)',
        "countries": "BY;RU",
        "notes": ["Claimant as named in the compilation ('ambassador Semashko')."],
    },
    {
        "key": ("oil_price_belarus_vs_world", "2019", "83"),
        "subject": "Average price Belarus paid for Russian oil, as a share of the Urals market price",
        "claimant": "Rzeczpospolita",
        "text": "83%",
        "source_outlet": "Rzeczpospolita (energia.rp.pl)",
        "source_title": "Rzeczpospolita energia (energia.rp.pl)",
        "title_not_recorded": True,
        "source_date": "2020",
        "date_note": "Year from the text ('W 2019 r...', then 'W tym roku', this year, about the agreement the prime ministers reached in March 2020); the day was not found",
        "countries": "BY;RU",
        "notes": ["Unit percent of the Urals market price."],
    },
]

# --------------------------------------------------------------------------------------------
# Reported figures added by the dataset's editors (not in the shared compilation): each read from a
# public page found with the search tools, with a verbatim quote (or, for quote_kind "derived", the
# computation), the page's real date as far as it is known, and what the date rests on.
# --------------------------------------------------------------------------------------------

BELSAT_2011 = dict(
    source_title="Russia awards Belarus with cheap gas", source_author="", source_outlet="Belsat",
    source_date="2011", source_url="https://belsat.eu/en/news/5898/", originally_published_in="",
    date_note="Year from the text (the Beltransgaz agreements 'will be signed on November 25th', after Putin's "
              "announcement 'on August 15th'; they were signed on 25 November 2011); the day was not found",
    page="Belsat: Russia awards Belarus with cheap gas (2011)")
BELSAT_2011_QUOTE = ("Next year Belarus will pay Russia for a thousand cubic meters only 150 USD and in 2013 the price "
                     "will be same as at the Russian domestic market \u2013 informed Russian daily Viedomosti in an "
                     "article titled \u201cRussia ends gas conflict with Belarus\u201d. Currently, a thousand cubic "
                     "meters of gas costs in Russia 105-107 USD.")
REUTERS_2016 = dict(
    source_title="Belarus PM wants Russia to give it same gas price as Russian regions",
    source_author="Andrei Makhovsky and Katya Golubkova", source_outlet="Townhall (Reuters News)",
    source_date="2016-12-20",
    source_url="https://townhall.com/news/politics-elections/2016/12/20/belarus-pm-wants-russia-to-give-it-same-gas-price-as-russian-regions-n2266886",
    originally_published_in="Reuters", date_note="Day from the page ('Posted: Dec 20, 2016') and its URL",
    page="Reuters via Townhall, 20 Dec 2016")
TASS_2019 = dict(
    source_title="Russia cannot subsidize Belarusian economy selling gas at Smolensk price, says Putin",
    source_author="", source_outlet="TASS", source_date="2019-12-19", source_url="https://tass.com/politics/1101327",
    originally_published_in="",
    date_note="Day from the dateline ('MOSCOW, December 19. /TASS/'); the year is that of the annual news "
              "conference it reports (19 December 2019)",
    page="TASS, 19 Dec 2019")
RP_ENERGIA = dict(
    source_title="Rzeczpospolita energia (energia.rp.pl)", source_author="", source_outlet="Rzeczpospolita (energia.rp.pl)",
    source_date="2020", source_url="https://energia.rp.pl/bez-kategorii/20860-jest-porozumienie-rosja-bialorus-w-sprawie-ropy",
    originally_published_in="",
    date_note="Year from the text ('W 2019 r...', then 'W tym roku', this year, about the agreement the prime "
              "ministers reached in March 2020); the day was not found. Page title not recorded; the outlet's "
              "label is used as source_title",
    page="Rzeczpospolita energia (energia.rp.pl)")

EXTRA = [
    dict(BELSAT_2011, id="ref-gas-price-russia-domestic-2011", subject="Price of natural gas in Russia (domestic market)",
         period="2011", claimant="Vedomosti", claimant_role="", text="105-107 USD", bound="range", value="105",
         value_high="107", scale="", unit="USD/1000 m3", topics="gas;price", countries="RU", quote=BELSAT_2011_QUOTE,
         quote_kind="", said_on="", reported_by="", compared_with="",
         notes="'Currently' at the time of the report (autumn 2011); which consumers' price (average, industry, a "
               "region) is not said. Attributed to Vedomosti by Belsat (the sentence follows the one credited to it)"),
    dict(BELSAT_2011, id="ref-gas-price-belarus-promise-2013",
         subject="Price of Russian gas for Belarus in 2013, as the 2011 Beltransgaz deal was reported",
         period="2013", claimant="Vedomosti", claimant_role="", text="in 2013 the price will be same as at the Russian domestic market",
         bound="exact", value="0", value_high="", scale="", unit="percent", topics="gas;price;beltransgaz", countries="BY;RU",
         quote=BELSAT_2011_QUOTE, quote_kind="", said_on="2011", reported_by="", compared_with="Russia's domestic gas price",
         notes="Comparison: the relative difference of the subject over compared_with, in percent; 'same as' is an "
               "equality, an exact 0. A report of the deal's terms before it was signed, from the Russian daily's "
               "sources, not the text of an agreement; the contracts as published (yugs.ru) give a formula based on "
               "the Yamal-Nenets price plus transport and storage for 2013-2014"),
    dict(BELSAT_2011, id="ref-domestic-price-promise-horizon-2011",
         subject="Time from the Beltransgaz deal (25 November 2011) to the year from which Belarus was reported to get Russia's domestic price (2013)",
         period="2011/2013", claimant="EnergyFigures dataset editors", claimant_role="", text="1.1 to 2.1 year",
         bound="range", value="1.1", value_high="2.1", scale="", unit="year", topics="gas;price;beltransgaz", countries="BY;RU",
         quote="Computed by the dataset's editors: from the signing of the Beltransgaz deal on 25 November 2011 to the "
               "year the price was reported to equal the Russian domestic price (2013: 1 January to 31 December 2013) "
               "is 403 to 767 days of 365.25: 1.103 to 2.100 years, ends rounded outward: 1.1 to 2.1 year",
         quote_kind="derived", said_on="", reported_by="Vedomosti", compared_with="",
         notes="Derived from the report of the deal's terms (ref-gas-price-belarus-promise-2013)"),
    dict(REUTERS_2016, id="ref-gas-price-belarus-2016", subject="Price of Russian gas for Belarus set by Gazprom (2016)",
         period="2016", claimant="Gazprom", claimant_role="", text="$132 per 1,000 cubic meters", bound="exact", value="132",
         value_high="", scale="", unit="USD/1000 m3", topics="gas;price", countries="BY;RU",
         quote="Minsk, which says a gas price set by Gazprom of $132 per 1,000 cubic meters is too high, has been paying "
               "less on delivery since the start of the year and Gazprom says it is owed $270 million for the first six "
               "months of 2016 alone.",
         quote_kind="", said_on="", reported_by="Reuters", compared_with="",
         notes="The price Gazprom set; Belarus disputed it and paid less during 2016"),
    dict(REUTERS_2016, id="ref-gas-price-belarus-vs-border-regions-2016",
         subject="Price of Russian gas for Belarus (2016)", period="2016", claimant="Andrei Kobyakov",
         claimant_role="Prime Minister of Belarus", text="more than two times cheaper", bound="over", value="100",
         value_high="", scale="", unit="percent", topics="gas;price", countries="BY;RU",
         quote="\"If in the regions which border Belarus the gas price is more than two times cheaper it is obvious that "
               "the competitiveness of the goods which Belarus is producing will be quite a bit worse than in Russia,\" "
               "said Kobyakov.",
         quote_kind="", said_on="2016-12-19", reported_by="Reuters",
         compared_with="Gas price in the Russian regions bordering Belarus",
         notes="Comparison: the relative difference of the subject over compared_with, in percent. 'More than two times "
               "cheaper' in the bordering regions is read as the Belarus price more than twice theirs: over 100%. "
               "Phrased as a condition ('If...') but read as the Prime Minister's assertion, which the interview is "
               "about; stated by a party to the dispute. said_on: 'the interview which he gave on Monday', 19 December 2016"),
    dict(TASS_2019, id="ref-gas-price-russia-domestic-avg-2019", subject="Weighted average gas price in Russia",
         period="2019", claimant="Vladimir Putin", claimant_role="President of Russia", text="$70 per 1,000 cubic meters",
         bound="exact", value="70", value_high="", scale="", unit="USD/1000 m3", topics="gas;price", countries="RU",
         quote="The weighted average gas price in Russia is $70 per 1,000 cubic meters, Putin said, adding that the gas "
               "subsidy depends on the location.",
         quote_kind="", said_on="2019-12-19", reported_by="", compared_with="",
         notes="Present tense at the end of 2019: the period is read as 2019. A weighted average over Russia's regulated "
               "prices; the President does not say which consumers are included"),
    dict(TASS_2019, id="ref-gas-price-europe-putin-2019", subject="Price of Russian gas for Europe",
         period="2019", claimant="Vladimir Putin", claimant_role="President of Russia", text="$200",
         bound="exact", value="200", value_high="", scale="", unit="USD/1000 m3", topics="gas;price", countries="RU",
         quote="\"First, Belarus has the lowest prices among our foreign partners \u2014 $127 per 1,000 [cubic meters], "
               "whereas the price for Europe is $200 [per 1,000 cubic meters \u2014 TASS].",
         quote_kind="", said_on="2019-12-19", reported_by="", compared_with="",
         notes="The unit is in TASS's bracket. Present tense at the end of 2019: the period is read as 2019"),
    dict(id="ref-gas-price-russia-smolensk-2019", subject="Price of natural gas in Russia's Smolensk Region, which borders Belarus",
         period="2019", claimant="Euroradio", claimant_role="", text="$70", bound="exact", value="70", value_high="",
         scale="", unit="USD/1000 m3", topics="gas;price", countries="RU",
         quote="As of today, Belarus buys natural gas from Russia at $127 per 1000 cubic meters. In Russia's Smolensk "
               "Region, which borders Belarus, natural gas costs $70.",
         quote_kind="", said_on="", reported_by="", compared_with="",
         source_title="Kremlin mounts pressure on Belarus", source_author="", source_outlet="Euroradio (euroradio.fm)",
         source_date="2019", source_url="https://euroradio.fm/en/kremlin-mounts-pressure-belarus", originally_published_in="",
         date_note="Year from the text (the gas price protocol agreed in 2017 'expires this year'; talks on a contract "
                   "'after 2019'); the day was not found",
         page="Euroradio: Kremlin mounts pressure on Belarus (2019)",
         notes="The unit is read from the sentence before. Which consumers pay it is not said; the President of Russia "
               "said the same month that Smolensk has the largest gas price subsidies"),
    dict(id="ref-gas-price-gazprom-europe-avg-2020", subject="Weighted average price of Gazprom's gas supplies to Europe (forecast for the year)",
         period="2020", claimant="Andrey Zotov", claimant_role="head of department, Gazprom Export",
         text="128-130 \u0434\u043e\u043b\u043b\u0430\u0440\u043e\u0432 \u0437\u0430 1 \u0442\u044b\u0441. \u043a\u0443\u0431\u043e\u043c\u0435\u0442\u0440\u043e\u0432",
         bound="range", value="128", value_high="130", scale="", unit="USD/1000 m3", topics="gas;price", countries="RU",
         quote="\u0417\u043e\u0442\u043e\u0432 \u0442\u0430\u043a\u0436\u0435 \u0434\u043e\u0431\u0430\u0432\u0438\u043b, \u0447\u0442\u043e \u0441\u0440\u0435\u0434\u043d\u0435\u0432\u0437\u0432\u0435\u0448\u0435\u043d\u043d\u0430\u044f \u0446\u0435\u043d\u0430 \u043f\u043e\u0441\u0442\u0430\u0432\u043e\u043a \u0433\u0430\u0437\u0430 \u0432 \u0415\u0432\u0440\u043e\u043f\u0443 \u0432 2020 \u0433\u043e\u0434\u0443 \u0441\u043e\u0441\u0442\u0430\u0432\u0438\u0442 128-130 \u0434\u043e\u043b\u043b\u0430\u0440\u043e\u0432 \u0437\u0430 1 \u0442\u044b\u0441. \u043a\u0443\u0431\u043e\u043c\u0435\u0442\u0440\u043e\u0432.",
         quote_kind="", said_on="2020-11-30", reported_by="TASS", compared_with="",
         source_title="Vzglyad (vz.ru)", source_author="", source_outlet="Vzglyad (vz.ru)", source_date="2020-11-30",
         source_url="https://vz.ru/amp/news/2020/11/30/1073184.html", originally_published_in="",
         date_note="Day from the URL (/news/2020/11/30/). Page title not recorded; the outlet's label is used as source_title",
         page="Vzglyad (vz.ru), 30 Nov 2020",
         notes="A forecast for the full year made on 30 November 2020 ('will be'), not the reported outcome. Translation: "
               "'Zotov also added that the weighted average price of gas supplies to Europe in 2020 will be 128-130 "
               "dollars per 1,000 cubic metres'"),
    dict(id="ref-gas-price-belarus-2020-reuters", subject="Price of Russian gas for Belarus in 2020", period="2020",
         claimant="Reuters", claimant_role="", text="$127 per 1,000 cubic metres", bound="exact", value="127", value_high="",
         scale="", unit="USD/1000 m3", topics="gas;price", countries="BY;RU",
         quote="The price this year was $127 per 1,000 cubic metres.", quote_kind="", said_on="", reported_by="",
         compared_with="", source_title="Russia's Gazprom signs deal on gas prices with Belarus for 2021",
         source_author="Vladimir Soldatkin", source_outlet="Daily Mail (Reuters wire)", source_date="2020-12-24",
         source_url="https://www.dailymail.co.uk/wires/reuters/article-9086427/Russias-Gazprom-signs-deal-gas-prices-Belarus-2021.html",
         originally_published_in="Reuters", date_note="Day from the dateline ('MOSCOW, Dec 24 (Reuters)') and the page's date",
         page="Reuters via Daily Mail, 24 Dec 2020",
         notes="Reported at the end of 2020 for the year as a whole"),
    dict(id="ref-oil-premium-belarus-2019-warsaw", subject="Premium of Russian oil companies on crude oil for Belarus",
         period="2019", claimant="Warsaw Institute", claimant_role="", text="$11.7 per ton", bound="exact", value="11.7",
         value_high="", scale="", unit="USD/t", topics="oil;price;premium", countries="BY;RU",
         quote="Minsk demanded that Moscow drop the premium that is $11.7 per ton of crude.", quote_kind="", said_on="",
         reported_by="", compared_with="", source_title="Russia Monitor Monthly, March 2020", source_author="",
         source_outlet="Warsaw Institute", source_date="2020-03-31",
         source_url="https://issuu.com/warsawinstitute/docs/2020-03-31_russia_monitor_monthly_march_f/22",
         originally_published_in="", date_note="Day from the document's name (2020-03-31_russia_monitor_monthly_march)",
         page="Warsaw Institute, Russia Monitor Monthly, March 2020",
         notes="The premium in force before 2020 (the period is read as 2019)"),
    dict(id="ref-oil-export-duty-belarus-2019", subject="Russian export duty on crude oil supplied to Belarus (before 2020)",
         period="2019", claimant="TASS", claimant_role="", text="duty-free", bound="exact", value="0", value_high="",
         scale="", unit="USD/t", topics="oil;duty", countries="BY;RU",
         quote="Supplies of Russian oil to Belarusian refineries were halted on January 1, 2020 as the sides failed to "
               "come an agreement on the premium, which Belarus paid earlier to oil companies for receiving oil duty-free.",
         quote_kind="", said_on="", reported_by="", compared_with="", source_title="TASS", source_author="",
         source_outlet="TASS", source_date="2020-06-02", source_url="https://tass.com/economy/1163299",
         originally_published_in="", date_note="Day from the dateline ('MINSK, June 2. /TASS/'), year from the events it reports (2020). Page title not recorded; the outlet's name is used as source_title",
         page="TASS, 2 Jun 2020",
         notes="'Duty-free' read as an export duty of zero, in USD per tonne, the unit Russia's crude export duty is set in"),
    dict(RP_ENERGIA, id="ref-oil-alternatives-dearer-2020",
         subject="Price of the oil Belarus imported from Norway and Azerbaijan in early 2020", period="2020",
         claimant="Rzeczpospolita", claimant_role="", text="Dro\u017csz\u0105 od rosyjskiej", bound="over", value="0",
         value_high="", scale="", unit="percent", topics="oil;price", countries="BY;NO;AZ",
         quote="Dro\u017csz\u0105 od rosyjskiej rop\u0119 Bia\u0142oru\u015b musia\u0142a importowa\u0107 z m.in. z Norwegii i Azerbejd\u017canu.",
         quote_kind="", said_on="", reported_by="", compared_with="Price of Russian oil for Belarus",
         notes="Comparison: the relative difference of the subject over compared_with, in percent; 'dro\u017csza od "
               "rosyjskiej' (dearer than the Russian) is over 0. Translation: 'Belarus had to import oil dearer than the "
               "Russian from, among others, Norway and Azerbaijan'"),
    dict(RP_ENERGIA, id="ref-oil-price-belarus-vs-urals-2019-difference",
         subject="Average price of Russian oil for Belarus in 2019", period="2019", claimant="EnergyFigures dataset editors",
         claimant_role="", text="-17.5 to -16.5 percent", bound="range", value="-17.5", value_high="-16.5", scale="",
         unit="percent", topics="oil;price", countries="BY;RU",
         quote="Computed by the dataset's editors from 'po cenie \u015brednio wynosz\u0105cej 83 proc. ceny rynkowej marki "
               "Urals' (at a price averaging 83 percent of the Urals market price), 83 printed to 1 point: 82.5 to 83.5 "
               "percent of the Urals price, a relative difference of -17.5 to -16.5 percent",
         quote_kind="derived", said_on="", reported_by="Rzeczpospolita", compared_with="Urals market price",
         notes="Derived from the same page as ref-oil-price-belarus-vs-world-2019"),
    dict(id="ref-loan-request-belarus-2019", subject="State loan Belarus requested from Russia in 2019 to refinance its payments to Russia that year",
         period="2019", claimant="Maksim Yermolovich", claimant_role="Finance Minister of Belarus", text="$600 mln",
         bound="exact", value="600", value_high="", scale="million", unit="USD", topics="finance;debt", countries="BY;RU",
         quote="Minsk has requested a state loan worth $600 mln from Moscow to refinance its debt obligations to Russia "
               "this year, Finance Minister of Belarus Maksim Yermolovich said on Wednesday.",
         quote_kind="", said_on="2019-02-27", reported_by="", compared_with="",
         source_title="Minsk requests $600 mln loan from Moscow", source_author="", source_outlet="TASS",
         source_date="2019-02-27", source_url="http://tass.com/economy/1046634", originally_published_in="",
         date_note="Day from the page ('February 27, 13:20 UTC+3') and the search record's date",
         page="TASS, 27 Feb 2019",
         notes="A refinancing loan for the year's payments on Russian government loans ($600 million in 2019, per the "
               "same page); the page says the Russian government had not decided on it"),
]


TOPIC_WORDS = [
    ("gas_price_", "gas;price"),
    ("trade_", "trade"),
    ("debt_", "debt"),
    ("loan_rate_npp_", "loan;interest;nuclear"),
    ("russia_holdings_us_treasuries", "reserves"),
    ("oil_", "oil;price"),
]

ALLOWED_UNITS = {"USD/1000 m3", "USD", "percent/year", "USD/t", "percent", "year"}
PERIOD_PART = r"\d{4}(?:-Q[1-4]|-\d{2}(?:-\d{2})?)?"
PERIOD_RE = re.compile(rf"^{PERIOD_PART}(?:/{PERIOD_PART})?$")
DATE_RE = re.compile(r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|unknown)$")
NUMBER_RE = re.compile(r"^-?\d+(?:\.\d+)?$")
ID_RE = re.compile(r"^[a-z][a-z0-9-]{0,79}$")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------

def fail(msg: str) -> None:
    sys.exit(f"build_reference_data: error: {msg}")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_csv(path: Path) -> list[list[str]]:
    text = path.read_bytes().decode("utf-8")
    if text.startswith("\ufeff"):
        text = text[1:]
    return list(csv.reader(io.StringIO(text, newline="")))


def csv_text(header: list[str], rows: list[list[str]]) -> str:
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


def write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))


def is_missing(v: str) -> bool:
    return v in ("", "\u2026", "...", "N/A", "NA", ".")


def period_end(period: str) -> str:
    last = period.split("/")[-1]
    m = re.fullmatch(r"(\d{4})", last)
    if m:
        return f"{last}-12-31"
    m = re.fullmatch(r"(\d{4})-Q([1-4])", last)
    if m:
        y, q = int(m.group(1)), int(m.group(2))
        mo = q * 3
        return f"{y:04d}-{mo:02d}-{calendar.monthrange(y, mo)[1]:02d}"
    m = re.fullmatch(r"(\d{4})-(\d{2})", last)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        return f"{y:04d}-{mo:02d}-{calendar.monthrange(y, mo)[1]:02d}"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", last):
        return last
    fail(f"cannot take the end of period {period!r}")
    return ""


# --------------------------------------------------------------------------------------------
# Builders
# --------------------------------------------------------------------------------------------

def build_observations(ref: Path):
    """Return (observation rows, per-series stats)."""
    obs: list[list[str]] = []
    stats: dict[str, dict] = {}

    def add(series_id: str, period: str, raw: str) -> None:
        st = stats.setdefault(series_id, {"rows": 0, "skipped": 0, "first": None, "last": None,
                                          "skipped_values": set()})
        v = raw.strip()
        if is_missing(v):
            st["skipped"] += 1
            st["skipped_values"].add(v if v else "(empty)")
            return
        if not NUMBER_RE.fullmatch(v):
            fail(f"{series_id} {period}: unexpected value {raw!r}")
        obs.append([series_id, period, v])
        st["rows"] += 1
        st["first"] = period if st["first"] is None or period < st["first"] else st["first"]
        st["last"] = period if st["last"] is None or period > st["last"] else st["last"]

    # World Bank Pink Sheet
    rows = read_csv(ref / INPUTS["cmo"]["path"])
    if rows[3][0] != "Updated on November 04, 2025":
        fail(f"unexpected Pink Sheet vintage line: {rows[3][0]!r}")
    codes = rows[6]
    for sid, code, _name, _unit, _notes in WB_SERIES:
        col = codes.index(code)
        for r in rows[7:]:
            m = re.fullmatch(r"(\d{4})M(\d{2})", r[0].strip())
            if not m:
                fail(f"unexpected Pink Sheet month {r[0]!r}")
            add(sid, f"{m.group(1)}-{m.group(2)}", r[col])

    # ECB reference rates
    rows = read_csv(ref / INPUTS["ecb"]["path"])
    header = [h.strip() for h in rows[0]]
    for cur in ("USD", "RUB"):
        col = header.index(cur)
        for r in rows[1:]:
            if not r or not r[0].strip():
                continue
            d = r[0].strip()
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
                fail(f"unexpected ECB date {d!r}")
            add(f"ecb.{cur}", d, r[col])

    # FRED TB3MS
    rows = read_csv(ref / INPUTS["tb3ms"]["path"])
    if [h.strip() for h in rows[0]] != ["observation_date", "TB3MS"]:
        fail(f"unexpected TB3MS header {rows[0]!r}")
    for r in rows[1:]:
        if not r:
            continue
        m = re.fullmatch(r"(\d{4})-(\d{2})-01", r[0].strip())
        if not m:
            fail(f"unexpected TB3MS date {r[0]!r}")
        add("fred.TB3MS", f"{m.group(1)}-{m.group(2)}", r[1])

    obs.sort(key=lambda r: (r[0], r[1]))
    for i in range(1, len(obs)):
        if obs[i][:2] == obs[i - 1][:2]:
            fail(f"duplicate observation {obs[i][:2]}")
    return obs, stats


def build_series(stats) -> list[list[str]]:
    out = []
    cmo_from = github_url("cmo")
    for sid, _code, name, unit, notes in WB_SERIES:
        out.append([sid, name, unit, "monthly", "World Bank",
                    "Commodity Price Data (The Pink Sheet), monthly prices in nominal US dollars",
                    WB_LICENCE, WB_URL, cmo_from, WB_CITATION, notes])
    ecb_from = github_url("ecb")
    out.append(["ecb.USD", "US dollar, euro foreign exchange reference rate", "USD/EUR", "daily",
                "European Central Bank", "Euro foreign exchange reference rates",
                ECB_LICENCE, ECB_URL, ecb_from, ECB_CITATION,
                "US dollars per 1 euro, one reference rate per ECB working day."])
    out.append(["ecb.RUB", "Russian rouble, euro foreign exchange reference rate", "RUB/EUR",
                "daily", "European Central Bank", "Euro foreign exchange reference rates",
                ECB_LICENCE, ECB_URL, ecb_from, ECB_CITATION,
                "Russian roubles per 1 euro. The ECB published RUB only from 2005-04-01 to "
                "2022-03-01; days without a RUB rate are not in observations.csv."])
    out.append(["fred.TB3MS", "3-Month Treasury Bill Secondary Market Rate, Discount Basis",
                "percent/year", "monthly",
                "Board of Governors of the Federal Reserve System (H.15), via FRED (Federal Reserve Bank of St. Louis)",
                "FRED series TB3MS", FRED_LICENCE, FRED_URL, github_url("tb3ms"), FRED_CITATION,
                "Monthly average, percent per year (annualised), not seasonally adjusted."])
    for row in out:
        st = stats[row[0]]
        cover = f"Observations {st['first']} to {st['last']}: {st['rows']}"
        if st["skipped"]:
            cover += f"; {st['skipped']} missing values skipped"
        row[10] = f"{row[10]} {cover}."
    out.sort(key=lambda r: r[0])
    return out


def build_factors(ref: Path) -> list[list[str]]:
    rows = read_csv(ref / INPUTS["factors"]["path"])
    header = rows[0]
    expected = ["quantity", "value", "unit", "basis", "source", "source_url", "note"]
    if header != expected:
        fail(f"unexpected conversion factor header {header!r}")
    recs = [dict(zip(header, r)) for r in rows[1:] if r]
    by_quantity = {r["quantity"]: r for r in recs}
    used = set()
    out = []
    for rec in recs:
        key = (rec["quantity"], rec["unit"])
        if key not in FACTOR_MAP:
            fail(f"no translation for conversion factor row {key!r}")
        if key in used:
            fail(f"duplicate conversion factor row {key!r}")
        used.add(key)
        for fid, quantity, unit, value, low, high, extra in FACTOR_MAP[key]:
            if low == "@LHV":
                low = by_quantity["net_heating_value_typical_pipeline_gas"]["value"]
            if high == "@HHV":
                high = by_quantity["gross_heating_value_typical_pipeline_gas"]["value"]
            val = rec["value"] if value is None else value
            for v in (val, low, high):
                if v and not NUMBER_RE.fullmatch(v):
                    fail(f"{fid}: bad number {v!r}")
            in_note = rec["note"].strip()
            for old, new in NOTE_REWRITE.items():
                in_note = in_note.replace(old, new)
            if extra.startswith("="):
                note = extra[1:]
            else:
                note = "; ".join(x for x in (in_note, extra) if x)
            source = SOURCE_REWRITE.get(rec["source"], rec["source"])
            basis = rec["basis"]
            if fid.startswith("hhv_lhv."):
                lhv = by_quantity["net_heating_value_typical_pipeline_gas"]
                basis = f"HHV {rec['basis']}; LHV {lhv['basis']}"
            out.append([fid, quantity, val, low, high, unit, basis, source,
                        rec["source_url"], note])
    if used != set(FACTOR_MAP):
        fail(f"unused conversion factor translations: {set(FACTOR_MAP) - used}")
    out.sort(key=lambda r: r[0])
    return out


# The 2019 trade rows are not printed on the page: the editors derive them from its 2020 values and
# their year-on-year changes, each taken as the interval its printed digits allow (13.13 -> [13.125,
# 13.135]; -4% -> a factor [0.955, 0.965]), and carry the intervals through; ends rounded outward.
DERIVED_INPUTS = {
    # kind: (2020 value as printed, its half unit, change in percent as printed, its half unit)
    "exports": ("13.13", "0.005", "-4", "0.5"),
    "imports": ("16.4", "0.05", "-25.6", "0.05"),
}


def _interval_2019(kind: str) -> tuple[Decimal, Decimal]:
    v, hv, c, hc = (Decimal(x) for x in DERIVED_INPUTS[kind])
    f_lo = 1 + (c - hc) / 100
    f_hi = 1 + (c + hc) / 100
    return (v - hv) / f_hi, (v + hv) / f_lo


def _outward(lo: Decimal, hi: Decimal) -> tuple[str, str]:
    q = Decimal("0.001")
    return (str(lo.quantize(q, rounding=ROUND_FLOOR)), str(hi.quantize(q, rounding=ROUND_CEILING)))


def derived_reading(kind: str, recs) -> tuple[str, str, str, str]:
    """(text, value, value_high, quote) of a derived 2019 trade row, computed from the printed inputs."""
    for k, (v, _, c, _) in DERIVED_INPUTS.items():
        topic = f"trade_belarus_russia_goods_{k}"
        row = next((r for r in recs if r["topic"] == topic and r["period"] == "2020"), None)
        if row is None or row["value"] != v or f"({c}% y/y)" not in row["description"]:
            fail(f"derived {kind}: the compilation's 2020 {k} row does not print {v} and {c}% as expected")

    def inputs(k: str) -> str:
        v, hv, c, hc = DERIVED_INPUTS[k]
        lo_v, hi_v = Decimal(v) - Decimal(hv), Decimal(v) + Decimal(hv)
        f_lo, f_hi = 1 + (Decimal(c) - Decimal(hc)) / 100, 1 + (Decimal(c) + Decimal(hc)) / 100
        return (f"2020 {k} {v} USD billion (printed to {(Decimal(hv) * 2).normalize()}) and change {c}% (printed to "
                f"{(Decimal(hc) * 2).normalize()} point): 2019 {k} between {lo_v} / {f_hi} and {hi_v} / {f_lo}")

    if kind in DERIVED_INPUTS:
        lo, hi = _interval_2019(kind)
        a, b = _outward(lo, hi)
        text = f"{a} to {b} USD billion"
        quote = (f"Computed by the dataset's editors from Belstat's figures as printed on the page, "
                 f"each taken as the interval its printed digits allow: {inputs(kind)}, ends rounded "
                 f"outward: {text}")
        return text, a, b, quote
    if kind == "balance":
        ex_lo, ex_hi = _interval_2019("exports")
        im_lo, im_hi = _interval_2019("imports")
        a, b = _outward(ex_lo - im_hi, ex_hi - im_lo)
        text = f"{a} to {b} USD billion"
        quote = (f"Computed by the dataset's editors as 2019 exports minus 2019 imports, each an interval "
                 f"from Belstat's figures as printed on the page ({inputs('exports')}; {inputs('imports')}), "
                 f"low end exports low minus imports high, high end exports high minus imports low, "
                 f"rounded outward: {text} (the compilation's point value from the rounded inputs, -8.36, "
                 f"lies inside)")
        return text, a, b, quote
    fail(f"unknown derived row {kind!r}")
    return "", "", "", ""


def build_claims(ref: Path):
    rows = read_csv(ref / INPUTS["pages"]["path"])
    header = rows[0]
    expected = ["topic", "period", "value", "unit", "description", "publisher_or_page", "url"]
    if header != expected:
        fail(f"unexpected claims header {header!r}")
    recs = [dict(zip(header, r)) for r in rows[1:] if r]
    specs = {s["key"]: s for s in PAGES}
    if len(specs) != len(PAGES):
        fail("duplicate keys in PAGES")
    used = set()
    prepared = []
    for rec in recs:
        key = (rec["topic"], rec["period"], rec["value"])
        if key not in specs:
            fail(f"no reading for reported figure row {key!r}")
        if key in used:
            fail(f"duplicate reported figure row {key!r}")
        used.add(key)
        prepared.append((rec, specs[key]))
    if used != set(specs):
        fail(f"unused readings: {set(specs) - used}")

    out = []
    ids = set()
    cited = []
    for rec, spec in prepared:
        period = spec.get("period", rec["period"])
        if not PERIOD_RE.fullmatch(period):
            fail(f"{rec['topic']}: invalid period {period!r}")
        unit, scale = UNIT_MAP[rec["unit"]]
        value = spec.get("value", rec["value"])
        description = rec["description"]
        text = spec.get("text")
        if text is None:
            text = f"{rec['value']} {rec['unit']}"
            quote = f"{description}: {text}"
        else:
            quote = description
        bound = spec.get("bound", "exact")
        value_high = spec.get("value_high", "")
        quote_kind = "summary"
        if spec.get("derived"):
            text, value, value_high, quote = derived_reading(spec["derived"], recs)
            bound = "range"
            quote_kind = "derived"
        if text not in quote:
            fail(f"{rec['topic']} {rec['period']}: text {text!r} not in quote")
        if (bound == "range") != bool(value_high):
            fail(f"{rec['topic']} {rec['period']}: value_high must be set exactly for ranges")
        for v in (value, value_high):
            if v and not NUMBER_RE.fullmatch(v):
                fail(f"{rec['topic']}: bad number {v!r}")
        if unit not in ALLOWED_UNITS:
            fail(f"unexpected unit {unit!r}")
        notes = []
        source_date = spec.get("source_date", "unknown")
        if not DATE_RE.fullmatch(source_date):
            fail(f"{rec['topic']}: invalid source_date {source_date!r}")
        if spec.get("date_note"):
            notes.append(spec["date_note"])
        elif source_date == "unknown":
            fail(f"{rec['topic']} {rec['period']}: an unknown date needs a date_note saying what was searched")
        if spec.get("title_not_recorded"):
            notes.append(TITLE_NOT_RECORDED)
        notes.extend(spec.get("notes", []))
        notes.append(f"Compilation row: topic {rec['topic']}, period '{rec['period']}', value "
                     f"{rec['value']} {rec['unit']}; publisher/page '{rec['publisher_or_page']}'")
        topics = next((w for p, w in TOPIC_WORDS if rec["topic"].startswith(p)), None)
        if topics is None:
            fail(f"no topic words for {rec['topic']!r}")
        cid = "ref-" + re.sub(r"[^a-z0-9]+", "-", f"{rec['topic']}-{period}".lower()).strip("-")
        if not ID_RE.fullmatch(cid) or cid in ids:
            fail(f"bad or duplicate id {cid!r}")
        ids.add(cid)
        cited.append((rec["publisher_or_page"], rec["url"], cid))
        row = {
            "id": cid,
            "subject": spec["subject"],
            "period": period,
            "claimant": spec["claimant"],
            "claimant_role": spec.get("claimant_role", ""),
            "text": text,
            "bound": bound,
            "value": value,
            "value_high": value_high,
            "tolerance": "",
            "scale": scale,
            "unit": unit,
            "topics": topics,
            "countries": spec["countries"],
            "quote": quote,
            "quote_kind": quote_kind,
            "said_on": spec.get("said_on", ""),
            "reported_by": spec.get("reported_by", ""),
            "source_title": spec["source_title"],
            "source_author": spec.get("source_author", ""),
            "source_outlet": spec["source_outlet"],
            "source_date": source_date,
            "source_url": rec["url"],
            "originally_published_in": spec.get("originally_published_in", ""),
            "notes": ". ".join(n.rstrip(".") for n in notes) + ".",
            "compared_with": "",
        }
        for req in ("id", "subject", "period", "claimant", "text", "bound", "value", "unit",
                    "quote", "source_title", "source_outlet", "source_date"):
            if not row[req]:
                fail(f"{cid}: required column {req} is empty")
        out.append([row[c] for c in CLAIM_COLUMNS])
    for e in EXTRA:
        row = {c: e.get(c, "") for c in CLAIM_COLUMNS}
        row["notes"] = ". ".join(n.rstrip(".") for n in [e["date_note"], e["notes"]]) + "."
        for req in ("id", "subject", "period", "claimant", "text", "bound", "value", "unit",
                    "quote", "source_title", "source_outlet", "source_date"):
            if not row[req]:
                fail(f"{e['id']}: required column {req} is empty")
        if row["id"] in ids or not ID_RE.fullmatch(row["id"]):
            fail(f"bad or duplicate id {row['id']!r}")
        ids.add(row["id"])
        if row["text"] not in row["quote"]:
            fail(f"{row['id']}: text not in quote")
        if not PERIOD_RE.fullmatch(row["period"]) or not DATE_RE.fullmatch(row["source_date"]):
            fail(f"{row['id']}: bad period or source_date")
        if row["unit"] not in ALLOWED_UNITS:
            fail(f"{row['id']}: unexpected unit {row['unit']!r}")
        cited.append((e["page"], row["source_url"], row["id"]))
        out.append([row[c] for c in CLAIM_COLUMNS])
    out.sort(key=lambda r: r[0])
    return out, cited


# --------------------------------------------------------------------------------------------
# SOURCES.md
# --------------------------------------------------------------------------------------------

def md_escape(s: str) -> str:
    return s.replace("|", "\\|")


def build_sources_md(stats, counts, hashes, factor_rows) -> str:
    L: list[str] = []
    a = L.append
    a("# Reference data shipped with EnergyFigures: sources, licences, build")
    a("")
    a("This file is generated by `data/tools/build_reference_data.py`; do not edit it by hand.")
    a("")
    a("The files in `data/reference/` are built from the shared reference-data folder (a sibling of")
    a("the repository clone, `../shared/reference-data`, described by its own `SOURCES.md`). The")
    a("raw files there are unchanged copies of files found in public GitHub repositories; the")
    a("origins below name each repository, path and commit. No local paths are recorded.")
    a("")
    a("## Build")
    a("")
    a("From the repository root (Python 3, standard library only):")
    a("")
    a("```sh")
    a("python3 data/tools/build_reference_data.py                # default: ../shared/reference-data")
    a("python3 data/tools/build_reference_data.py ../shared/reference-data")
    a("```")
    a("")
    a("The script checks the SHA-256 of every input against the values below and stops if one")
    a("differs. Output: UTF-8 without BOM, LF line endings, RFC 4180 quoting where needed, rows")
    a("sorted by ordinal (code point) order of the key columns given per file. Running it twice")
    a("gives byte-identical files.")
    a("")
    a("Inputs used:")
    a("")
    a("| input (in the shared folder) | SHA-256 |")
    a("|---|---|")
    for key in ("cmo", "ecb", "tb3ms", "factors", "pages"):
        a(f"| `{INPUTS[key]['path']}` | `{INPUTS[key]['sha256']}` |")
    a("")
    a("## Shipped files")
    a("")
    a("| file | rows (without header) | SHA-256 |")
    a("|---|---|---|")
    for name in ("reference/series.csv", "reference/observations.csv",
                 "reference/conversion_factors.csv", "reference/reported_figures.csv"):
        a(f"| `data/{name}` | {counts[name]} | `{hashes[name]}` |")
    a("")
    a("(`data/SOURCES.md` itself is not hashed here.)")
    a("")

    # series / observations
    a("## `reference/series.csv` and `reference/observations.csv`")
    a("")
    a("`series.csv` is the catalogue, one row per series, columns")
    a("`id,name,unit,frequency,publisher,dataset,licence,source_url,retrieved_from,citation,notes`,")
    a("sorted by `id`. Units use the EnergyFigures unit syntax of `data/README.md`; `index`")
    a("(World Bank iNATGAS, 2010=100) is a plain index.")
    a("")
    a("`observations.csv` holds every observation of every series in long format, columns")
    a("`series_id,period,value`, sorted by `series_id` then `period`. `period` is `YYYY-MM` for")
    a("monthly and `YYYY-MM-DD` for daily series. `value` is the number exactly as printed in the")
    a("raw file (only surrounding whitespace trimmed; full precision kept, e.g.")
    a("`3.6333843472699998`). Missing values (`…` in the Pink Sheet, `N/A` in the ECB file,")
    a("empty cells) are skipped and counted below.")
    a("")
    a("| series | unit | frequency | first | last | rows | missing values skipped |")
    a("|---|---|---|---|---|---|---|")
    units = {sid: unit for sid, _c, _n, unit, _x in WB_SERIES}
    units.update({"ecb.USD": "USD/EUR", "ecb.RUB": "RUB/EUR", "fred.TB3MS": "percent/year"})
    freq = {sid: "monthly" for sid in units}
    freq.update({"ecb.USD": "daily", "ecb.RUB": "daily"})
    for sid in sorted(stats):
        st = stats[sid]
        skipped = str(st["skipped"])
        if st["skipped"]:
            skipped += " (" + ", ".join(f"`{v}`" for v in sorted(st["skipped_values"])) + ")"
        a(f"| `{sid}` | `{units[sid]}` | {freq[sid]} | {st['first']} | {st['last']} | "
          f"{st['rows']} | {skipped} |")
    a("")
    a("Where the skipped values are: World Bank NGAS_JP and iNATGAS have no values before")
    a("1977-01 (`…`). ECB RUB is `N/A` before 2005-04-01 and after 2022-03-01 (the ECB suspended")
    a("the rouble rate); ECB USD has no gaps.")
    a("")
    a("### World Bank — `worldbank.*`")
    a("")
    a("- **What:** World Bank Commodity Price Data (The Pink Sheet), monthly prices in nominal US")
    a("  dollars, 1960 to present, sheet \"Monthly Prices\" of `CMO-Historical-Data-Monthly.xlsx`,")
    a("  vintage \"Updated on November 04, 2025\". Series CRUDE_BRENT, CRUDE_PETRO, NGAS_EUR, NGAS_US,")
    a("  NGAS_JP, iNATGAS (all months in the file, 1960-01 to 2025-10).")
    a(f"- **Original publisher:** World Bank, <{WB_URL}>.")
    a(f"- **Retrieved from:** GitHub `{INPUTS['cmo']['repo']}`, path `{INPUTS['cmo']['repo_path']}`, "
      f"commit `{INPUTS['cmo']['commit']}` ({INPUTS['cmo']['commit_note']}). A CSV export of the")
    a("  World Bank workbook; the file itself states no licence.")
    a("- **Licence:** Creative Commons Attribution 4.0 International (CC BY 4.0), the World Bank's")
    a("  open-data terms for its commodity price data.")
    a(f"- **Required attribution:** \"{WB_CITATION}\"")
    a("")
    a("### ECB — `ecb.USD`, `ecb.RUB`")
    a("")
    a("- **What:** euro foreign exchange reference rates, full history file `eurofxref-hist.csv`,")
    a("  all days in the file (1999-01-04 to 2025-01-24), currencies USD and RUB, quoted as units")
    a("  of the currency per 1 EUR.")
    a(f"- **Original publisher:** European Central Bank, <{ECB_URL}>.")
    a(f"- **Retrieved from:** GitHub `{INPUTS['ecb']['repo']}`, path `{INPUTS['ecb']['repo_path']}`, "
      f"commit `{INPUTS['ecb']['commit']}` ({INPUTS['ecb']['commit_note']}).")
    a("- **Licence:** the ECB permits reuse of its statistics provided the source is acknowledged")
    a("  (to be re-verified against the ECB's current terms of use before each release).")
    a(f"- **Required acknowledgement:** \"{ECB_CITATION}\"")
    a("")
    a("### FRED — `fred.TB3MS`")
    a("")
    a("- **What:** 3-Month Treasury Bill Secondary Market Rate, Discount Basis, monthly average,")
    a("  percent per year (annualised), not seasonally adjusted; all months in the file")
    a("  (1934-01 to 2025-09).")
    a("- **Original publisher:** Board of Governors of the Federal Reserve System, statistical")
    a(f"  release H.15, distributed by FRED (Federal Reserve Bank of St. Louis), <{FRED_URL}>.")
    a(f"- **Retrieved from:** GitHub `{INPUTS['tb3ms']['repo']}`, path `{INPUTS['tb3ms']['repo_path']}`, "
      f"commit `{INPUTS['tb3ms']['commit']}` ({INPUTS['tb3ms']['commit_note']}).")
    a("- **Licence:** US-government data (Federal Reserve Board H.15); FRED asks users to cite")
    a("  the series.")
    a(f"- **Citation:** \"{FRED_CITATION}\"")
    a("")

    # conversion factors
    a("## `reference/conversion_factors.csv`")
    a("")
    a("Translated from the shared `derived/gas_conversion_factors.csv` (compiled by hand from the")
    a("pages below). Columns `id,quantity,value,low,high,unit,basis,source,source_url,note`, sorted")
    a("by `id`. Every input row is kept (with its `basis`, `source`, `source_url` and `note`); the")
    a("units are rewritten in the EnergyFigures unit syntax. A point factor has `value` and empty")
    a("`low`/`high`; a range (`hhv_lhv.gas.energy_per_1000m3`, from the input's HHV and LHV rows,")
    a("which are also kept as points) has empty `value` and `low`/`high`. Numbers are kept as")
    a("printed in the input (e.g. `36.0`, `0.860`).")
    a("")
    a("| id | value | low | high | unit | source |")
    a("|---|---|---|---|---|---|")
    for r in factor_rows:
        a(f"| `{r[0]}` | {r[2]} | {r[3]} | {r[4]} | `{r[5]}` | {md_escape(r[7])} |")
    a("")
    a("Unit symbols not (yet) in the unit table of `data/README.md`: `Mtoe`, `ft3`, `boe`, `toe`")
    a("(rows `bp.gas.mtoe_per_bcm`, `bp.gas.ft3_per_m3`, `spe.oil.boe_per_toe`). A loader that")
    a("only knows the documented symbols must either add them or reject those rows.")
    a("")
    a("- **BP:** *Statistical Review of World Energy — Approximate conversion factors*, updated")
    a("  July 2021 (1 bcm of natural gas = 36.000 PJ = 34.121 trillion Btu = 0.860 Mtoe = 35.315")
    a("  bcf). The compilation used a copy of the PDF text at")
    a("  <https://info.5y1.org/fuel-oil-equivalent-barrel_1_8ef545.html>; BP's own page is")
    a("  <https://www.bp.com/en/global/corporate/energy-economics/statistical-review-of-world-energy/using-the-review/definitions-and-explanatory-notes.html>.")
    a("  Only the individual factors are reproduced, with attribution. **Cite:** \"BP Statistical")
    a("  Review of World Energy, Approximate conversion factors (July 2021)\". BP's factor is a")
    a("  world average and does not say whether it is gross or net; Russian contracts measure")
    a("  1000 m3 at 20 °C rather than 15 °C (about 1.7% less gas).")
    a("- **1 MMBtu = 1.055056 GJ:** definition of the (IT) British thermal unit; page cited by the")
    a("  compilation: Phoenix Energy Marketing Consultants, *Approximate Conversion Factors*,")
    a("  <http://www.phoenixenergymarketing.com/conversion_factors.htm>. 1 MWh = 3.6 GJ =")
    a("  3.412142 MMBtu follows from it.")
    a("- **HHV/LHV range:** globaltechaustralia.com.au, *Conversion tools*,")
    a("  <https://globaltechaustralia.com.au/conversion-tools> (HHV 38.3 MJ/m3, LHV 34.6 MJ/m3;")
    a("  less authoritative, shipped as a range).")
    a("- **toe → boe:** Society of Petroleum Engineers, *Unit Conversion Factors*,")
    a("  <https://www.spe.org/industry/unit-conversion-factors.php> (toe × 7.33 = boe, approximate).")
    a("")

    # reported figures
    a("## `reference/reported_figures.csv`")
    a("")
    a("Every row of the shared `derived/claims_reference_figures_from_pages.csv` (compiled by hand")
    a("from archived copies of news and analysis pages), and the rows the dataset's editors added")
    a("(below), as **claims** in the `claims.csv` schema of")
    a("`data/README.md` (all columns, in the documented order), sorted by `id`. These are figures")
    a("*reported by others* — mostly news agencies quoting Belstat, the Russian Federal Customs")
    a("Service, Gazprom or officials — not official statistics, and they must be cited as such.")
    a("")
    a("How the rows were read (the script holds one hand-written reading per input row):")
    a("")
    a("- `quote` is the compilation's description of the page (`quote_kind` = `summary`). Where the")
    a("  description does not contain the printed number, the quote is")
    a("  `<description>: <value> <unit as written>` and `text` is `<value> <unit as written>`.")
    a("- `claimant` is whom the page attributes the figure to, else the page's publisher. Three")
    a("  2019 trade rows were not printed on the page: the dataset's editors derive them from the")
    a("  page's 2020 values and year-on-year changes, each taken as the interval its printed digits")
    a("  allow (13.13 → [13.125, 13.135]; −4% → a factor [0.955, 0.965]), carried through interval")
    a("  arithmetic and rounded outward (the 2019 balance: −8.525 to −8.207 billion, not the point")
    a("  −8.36 the rounded inputs give). Their `quote_kind` is `derived`, the quote states the")
    a("  computation, the claimant is `EnergyFigures dataset editors`, and they are cited as")
    a("  \"derived by the dataset's editors from figures in …\".")
    a("- Where the compilation gave a midpoint of a printed range (106-107, USD 10-12 per tonne) the")
    a("  claim keeps the printed range (`bound` = `range`). \"about\" → `approximately`; everything")
    a("  else `exact`.")
    a("- `source_date`: the page's date as far as it is known — the day (`YYYY-MM-DD`), only the month")
    a("  (`YYYY-MM`) or only the year (`YYYY`) — or `unknown` when it could not be found. The first")
    a("  note of each row says what the date rests on (the page's dateline, its URL, or the year its")
    a("  text implies) or what is known about an unknown one (e.g. \"from 2021 or later\"). No date is a")
    a("  period end or another placeholder. Dates were looked up with the repository's search tools")
    a("  (stored copies of public pages); where a page's own date was not among them, it stays unknown.")
    a("- Page titles: where the compilation records no title, `source_title` repeats its")
    a("  publisher/page label, and `notes` says so.")
    a("")
    a("### Rows added by the dataset's editors")
    a("")
    a(f"{len(EXTRA)} rows are not in the shared compilation: the dataset's editors found them in stored")
    a("copies of public pages (news agencies TASS and Reuters, Belsat, Euroradio, Vzglyad, the")
    a("Warsaw Institute, Rzeczpospolita) to check the seed article's claims on Russia's domestic gas")
    a("price, the price Belarus paid, Gazprom's price to Europe, oil premiums and duties, and loans.")
    a("Each quotes the page verbatim (a translation is in `notes` where the quote is not English)")
    a("or, with `quote_kind` = `derived`, states the editors' computation from a quoted figure.")
    a("**Licence:** these are news and analysis pages under their publishers' copyright, not")
    a("openly licensed data; only the figure and a one-sentence quotation are shipped, as")
    a("quotation for fact-checking, each with its publisher, title, date and URL. **Cite:** the")
    a("publisher and page as in the table below (e.g. \"TASS, Russia cannot subsidize Belarusian")
    a("economy selling gas at Smolensk price, says Putin, 19 December 2019,")
    a("https://tass.com/politics/1101327\"). No conversion was needed: every added price is printed")
    a("in US dollars.")
    a("")
    a("The seed article's own address at Global Research and its original publication at OneWorld")
    a("were searched for (stored pages, code and documentation) and not found; `claims.csv` leaves")
    a("`source_url` empty and names OneWorld in `originally_published_in`.")
    a("")
    a("Only the compilation's short summaries and quotations are shipped, each with its")
    a("publisher and URL; the pages themselves are not. Pages cited (each row's `source_url`;")
    a("cite publisher and URL):")
    a("")
    a("| publisher / page | URL | claim ids |")
    a("|---|---|---|")
    return "\n".join(L)


def pages_table(cited) -> list[str]:
    id_by_key: dict[tuple[str, str], list[str]] = {}
    for pub, url, cid in cited:
        id_by_key.setdefault((pub, url), []).append(cid)
    lines = []
    for (pub, url), cids in sorted(id_by_key.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        lines.append(f"| {md_escape(pub)} | <{url}> | " + ", ".join(f"`{c}`" for c in sorted(cids)) + " |")
    return lines


def not_shipped_md() -> list[str]:
    return [
        "",
        "## Not shipped",
        "",
        "These files of the shared folder are **not** copied into the package:",
        "",
        "- `raw/Dutch TTF Natural Gas Futures Historical Data.csv` and",
        "  `derived/ttf_front_month_daily_2019-12_2020-03_usd.csv`: an Investing.com export of ICE",
        "  Endex Dutch TTF front-month futures closes (GitHub `oruhnau/energy_demand`). Investing.com's",
        "  terms restrict redistribution, so neither the raw file nor anything derived from it is",
        "  shipped. They are used only as a cross-check (the World Bank NGAS_EUR series is the openly",
        "  licensed alternative).",
        "- `raw/natural-gas-prices.csv`: Our World in Data's annual natural gas prices (GitHub",
        "  `JingyuClaire/midterm_project`), based on the BP *Statistical Review of World Energy* 2022.",
        "  The OWID chart is CC BY 4.0 but the underlying BP data are subject to BP's terms, so it is",
        "  not shipped; it is a cross-check only.",
        "- `derived/pinksheet_energy_monthly_2015_2021.csv`: a rounded subset of the World Bank file;",
        "  `observations.csv` ships the full-precision values instead.",
        "",
        "| not shipped | SHA-256 |",
        "|---|---|",
    ] + [f"| `{p}` | `{h}` |" for p, h in sorted(NOT_SHIPPED.items())] + [""]


# --------------------------------------------------------------------------------------------

def main() -> int:
    repo_root = Path(__file__).resolve().parents[2]
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("shared", nargs="?", default=None,
                    help="shared reference-data folder (default: ../shared/reference-data "
                         "relative to the repository root)")
    ap.add_argument("--out", default=None, help="data folder to write (default: <repo>/data)")
    ap.add_argument("--allow-changed-inputs", action="store_true",
                    help="do not stop when an input's SHA-256 differs from the recorded one")
    args = ap.parse_args()
    ref = Path(args.shared) if args.shared else repo_root.parent / "shared" / "reference-data"
    out_dir = Path(args.out) if args.out else repo_root / "data"

    for key, src in INPUTS.items():
        p = ref / src["path"]
        if not p.is_file():
            fail(f"missing input {src['path']} in {ref}")
        h = sha256(p)
        if h != src["sha256"]:
            msg = f"{src['path']}: SHA-256 {h} differs from the recorded {src['sha256']}"
            if not args.allow_changed_inputs:
                fail(msg)
            print(f"warning: {msg}", file=sys.stderr)

    for rel, expected_hash in NOT_SHIPPED.items():
        p = ref / rel
        if p.is_file() and sha256(p) != expected_hash:
            print(f"warning: {rel} (not shipped) differs from the recorded SHA-256", file=sys.stderr)

    obs, stats = build_observations(ref)
    series = build_series(stats)
    factors = build_factors(ref)
    claims, cited = build_claims(ref)

    files = {
        "reference/series.csv": csv_text(
            ["id", "name", "unit", "frequency", "publisher", "dataset", "licence", "source_url",
             "retrieved_from", "citation", "notes"], series),
        "reference/observations.csv": csv_text(["series_id", "period", "value"], obs),
        "reference/conversion_factors.csv": csv_text(FACTOR_COLUMNS, factors),
        "reference/reported_figures.csv": csv_text(CLAIM_COLUMNS, claims),
    }
    counts = {"reference/series.csv": len(series), "reference/observations.csv": len(obs),
              "reference/conversion_factors.csv": len(factors),
              "reference/reported_figures.csv": len(claims)}
    hashes = {}
    for name, text in files.items():
        write_text(out_dir / name, text)
        hashes[name] = hashlib.sha256(text.encode("utf-8")).hexdigest()

    md = build_sources_md(stats, counts, hashes, factors)
    md += "\n" + "\n".join(pages_table(cited)) + "\n"
    md += "\n".join(not_shipped_md())
    write_text(out_dir / "SOURCES.md", md)

    for name in files:
        print(f"{name}: {counts[name]} rows, sha256 {hashes[name]}")
    for sid in sorted(stats):
        st = stats[sid]
        print(f"  {sid}: {st['rows']} observations {st['first']}..{st['last']}, "
              f"{st['skipped']} missing skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
