"""pandas.read_csv of a generated claims file: the same columns, numbers as float64, the rest as strings.

Usage: /usr/bin/python3 benchmarks/peers/pandas_load.py FILE
"""
import sys
import time

t0 = time.perf_counter()
import pandas as pd  # noqa: E402  (import time counts, as it does for a user's script)

COLUMNS = [
    "id", "subject", "period", "claimant", "claimant_role", "text", "bound", "value", "value_high", "tolerance", "scale", "unit",
    "topics", "countries", "quote", "quote_kind", "said_on", "reported_by", "source_title", "source_author", "source_outlet",
    "source_date", "source_url", "originally_published_in", "notes",
]
NUMERIC = {"value", "value_high", "tolerance"}
dtypes = {c: ("float64" if c in NUMERIC else str) for c in COLUMNS}
# keep_default_na=False keeps empty text as "" (as the .NET readers do); empty numbers still read as NaN.
df = pd.read_csv(sys.argv[1], dtype=dtypes, keep_default_na=False, na_values={c: [""] for c in NUMERIC})
print(f"pandas {pd.__version__}: {len(df)} rows, {len(df.columns)} columns, {time.perf_counter() - t0:.3f} s in process")
