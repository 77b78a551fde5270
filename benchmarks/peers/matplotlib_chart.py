"""The benchmark comparison chart drawn with matplotlib: the same four gas prices, bound encodings, labels,
caption and size (900 x 520 px) as `EnergyFigures.Benchmarks chart OUT.png` (BenchmarkChart in
benchmarks/EnergyFigures.Benchmarks/ChartBenchmarks.cs).

Usage: /usr/bin/python3 benchmarks/peers/matplotlib_chart.py OUT.png
"""
import sys
import time

t0 = time.perf_counter()
import matplotlib  # noqa: E402  (import time counts, as it does for a user's script)

matplotlib.use("Agg")
matplotlib.rcParams["text.parse_math"] = False  # "$127" is text, not TeX
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

DARK, PALE = "#1f4e79", "#9aafc7"
fig, ax = plt.subplots(figsize=(900 / 96, 520 / 96), dpi=96)
labels = ["Russia's offer to Belarus\nfor 2020: $127", "Spot gas in Europe, Feb\n2020: under $100", "A range: $165 to $190", "About $230 (± 10)"]
y = [3, 2, 1, 0]
h = 0.55
# exact: solid bar
ax.barh(y[0], 127, height=h, color=DARK)
ax.text(130, y[0], "127", va="center", fontweight="bold")
# under: bar fading toward the bound, a cap and an arrow toward lower values
gradient = np.linspace(0, 1, 256).reshape(1, -1)
ax.imshow(gradient, extent=(0, 100, y[1] - h / 2, y[1] + h / 2), aspect="auto", cmap=matplotlib.colors.LinearSegmentedColormap.from_list("f", ["#ffffff", DARK]), alpha=0.8, zorder=2)
ax.plot([100, 100], [y[1] - h / 2 - 0.05, y[1] + h / 2 + 0.05], color=DARK, lw=3, zorder=3)
ax.annotate("", xy=(65, y[1]), xytext=(100, y[1]), arrowprops=dict(arrowstyle="-|>", color=DARK, lw=3), zorder=4)
ax.text(103, y[1], "< 100", va="center", fontweight="bold")
# range: framed floating bar
ax.barh(y[2], 25, left=165, height=h, color="#8aa2b9", edgecolor=DARK, linewidth=1.5)
ax.text(193, y[2], "165–190", va="center", fontweight="bold")
# about: pale bar with a dashed end
ax.barh(y[3], 230, height=h, color=PALE)
ax.plot([230, 230], [y[3] - h / 2 - 0.05, y[3] + h / 2 + 0.05], color=DARK, lw=2, ls="--")
ax.text(233, y[3], "≈ 230", va="center", fontweight="bold")
ax.set_yticks(y, labels)
ax.set_ylim(-0.6, 3.6)
ax.set_xlim(0, 276)
ax.set_xticks(range(0, 261, 20))
ax.grid(axis="x", color="#e6e6e6")
ax.set_axisbelow(True)
ax.set_xlabel("USD per 1,000 m³", fontweight="bold", fontsize=13)
ax.set_title("Gas prices claimed, USD per 1,000 m3", fontweight="bold", fontsize=14)
caption = (
    "Claims “$127 per 1,000 cubic meters”, “under $100”: Alexander Lukashenko, via BelTA, in Global Research, 2020-02-06 (originally OneWorld).\n"
    "Claims “from $165 to $190 per 1,000 cubic meters”, “about $230 per 1,000 cubic meters”: Benchmark, in Benchmarks, 2020-02-06.\n"
    "How to read: solid bar = exact figure; pale bar with dashed end = “about” (no tolerance stated); fading bar with a cap and an arrow toward lower values = an\n"
    "    upper bound (“under”, “at most”): the value lies somewhere below the cap; framed floating bar = a range."
)
fig.text(0.01, 0.01, caption, fontsize=7.5, va="bottom")
fig.subplots_adjust(left=0.2, right=0.98, top=0.92, bottom=0.22)
fig.savefig(sys.argv[1], dpi=96)
print(f"matplotlib {matplotlib.__version__}: chart saved, {time.perf_counter() - t0:.3f} s in process")
