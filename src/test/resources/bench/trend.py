"""The trend benchmark's pandas side: what `trend --epoch FILE` does, scripted the way an analyst would: read Epoch
AI's CSV with pandas, keep the models with a training compute published from 2010 on, fit log10(compute) against
the publication year by least squares, and print the growth per year.
Usage: python3 trend.py EPOCH.csv"""
import sys

import numpy as np
import pandas as pd

df = pd.read_csv(sys.argv[1], low_memory=False)
date = pd.to_datetime(df["Publication date"], errors="coerce")
compute = pd.to_numeric(df["Training compute (FLOP)"], errors="coerce")
keep = date.notna() & compute.notna() & (compute > 0) & (date.dt.year >= 2010)
year = date[keep].dt.year + (date[keep].dt.dayofyear - 1) / 365.25
slope, intercept = np.polyfit(year.to_numpy(), np.log10(compute[keep].to_numpy()), 1)
print(f"{keep.sum()} models, growth {10 ** slope:.3f}x per year")
