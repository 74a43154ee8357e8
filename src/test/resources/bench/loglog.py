"""The export benchmark's matplotlib side: the same log-log figure (curves solid in their measured range and
dashed beyond, observed runs, the cursor) at the same size, from the CSV of curves the Java side wrote.
Usage: python3 loglog.py CURVES.csv OUT.png WIDTH HEIGHT SCALE; prints the seconds spent drawing and saving."""
import csv
import sys
import time

t_start = time.perf_counter()
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

path, out, width, height, scale = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])
series = {}
with open(path) as f:
    for row in csv.DictReader(f):
        s = series.setdefault((row["series"], row["part"]), {"name": row["name"], "color": row["color"], "dashed": row["dashed"] == "1", "x": [], "y": []})
        s["x"].append(float(row["x"]))
        s["y"].append(float(row["y"]))
t_draw = time.perf_counter()
fig, ax = plt.subplots(figsize=(width / 100, height / 100), dpi=100 * scale)
seen = set()
for (sid, part), s in series.items():
    label = None if sid in seen else s["name"]
    seen.add(sid)
    ax.plot(s["x"], s["y"], color=s["color"], linestyle="--" if s["dashed"] else "-", linewidth=2, label=label)
ax.set_xscale("log")
ax.set_yscale("log")
ax.axvline(1e21, color="#1f2328", linewidth=1.5)
ax.grid(True, which="both", color="#d8dee4", linewidth=0.8)
ax.set_xlabel("Training compute (FLOP)", fontweight="bold")
ax.set_ylabel("Loss (nats)", fontweight="bold")
ax.set_title("Loss vs compute. Reference: LSTM; anchored at the reference (LSTM trains with C)", loc="left", fontweight="bold")
ax.legend(loc="upper right", ncol=3)
fig.savefig(out)
t_end = time.perf_counter()
print(f"{t_end - t_draw:.3f} {t_end - t_start:.3f}")
