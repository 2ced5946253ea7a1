"""The pandas baseline of `cargo bench --bench data`: read the CSV and take the
mean of every numeric column by each segment column given, best of 5.

    python3 benches/pandas_baseline.py SURVEY.csv "Type of Travel" "Customer Type"

Prints the best time in seconds."""

import sys
import time

import pandas as pd


def run(path, segments):
    df = pd.read_csv(path)
    return [df.groupby(column).mean(numeric_only=True) for column in segments]


def main():
    path, segments = sys.argv[1], sys.argv[2:]
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        run(path, segments)
        best = min(best, time.perf_counter() - start)
    print(best)


if __name__ == "__main__":
    main()
