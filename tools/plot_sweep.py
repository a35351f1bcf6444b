#!/usr/bin/python3
"""Plot a datosim sweep result: cycles (or another column) against a resource or a parameter, one
colour per architecture, with the Pareto front (lower is better on both axes) marked.

    tools/plot_sweep.py results.csv --x compute_units --out sweep.png
    tools/plot_sweep.py results.jsonl --x M --y seconds --log-x --out sweep.svg

Only rows whose outcome is "completed" are drawn; the others are counted in the title. The points
of the front are printed on stdout (point,arch,x,y), so scripts can use them. Output is PNG or SVG
by the file's extension; the same input gives the same file. docs/sweeps.md.
"""
import argparse
import csv
import json
import sys


def read_rows(path):
    """The rows of a datosim sweep result as dicts of strings (None for empty cells)."""
    with open(path, newline="", encoding="utf-8") as f:
        if path.endswith(".jsonl") or path.endswith(".ndjson"):
            rows = []
            for n, line in enumerate(f, 1):
                line = line.strip()
                if not line:
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as e:
                    raise SystemExit(f"plot_sweep: {path}:{n}: not JSON: {e}")
                rows.append({k: (None if v is None else str(v)) for k, v in obj.items()})
            return rows
        rows = []
        for row in csv.DictReader(f):
            rows.append({k: (v if v != "" else None) for k, v in row.items()})
        return rows


def pareto_front(points):
    """Points (x, y, ...) not dominated by another: none has x <= and y <= with one of them <.
    Returned sorted by x, then y."""
    front = []
    best_y = None
    for p in sorted(points, key=lambda p: (p[0], p[1])):
        if best_y is None or p[1] < best_y:
            front.append(p)
            best_y = p[1]
    return front


def number(text, column, row):
    try:
        return float(text)
    except (TypeError, ValueError):
        raise SystemExit(f"plot_sweep: point {row.get('point')}: column '{column}' is '{text}', not a number")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("results", help="a datosim sweep result (.csv or .jsonl)")
    ap.add_argument("--x", required=True, help="the column on the x axis (a parameter or a resource column)")
    ap.add_argument("--y", default="cycles", help="the column on the y axis (default: cycles)")
    ap.add_argument("--out", required=True, help="the picture to write: .png or .svg")
    ap.add_argument("--log-x", action="store_true", help="logarithmic x axis")
    ap.add_argument("--log-y", action="store_true", help="logarithmic y axis")
    ap.add_argument("--title", default=None, help="the title (default: the file and the counts)")
    args = ap.parse_args(argv)

    if not (args.out.endswith(".png") or args.out.endswith(".svg")):
        raise SystemExit("plot_sweep: --out must end in .png or .svg")
    try:
        rows = read_rows(args.results)
    except OSError as e:
        raise SystemExit(f"plot_sweep: cannot read {args.results}: {e.strerror}")
    if not rows:
        raise SystemExit(f"plot_sweep: {args.results} has no rows")
    for col in (args.x, args.y, "outcome", "arch", "point"):
        if col not in rows[0]:
            raise SystemExit(f"plot_sweep: {args.results} has no column '{col}'; it has: {', '.join(rows[0].keys())}")

    done = [r for r in rows if r["outcome"] == "completed" and r[args.x] is not None and r[args.y] is not None]
    if not done:
        raise SystemExit(f"plot_sweep: no completed row of {args.results} has both '{args.x}' and '{args.y}'")
    points = [(number(r[args.x], args.x, r), number(r[args.y], args.y, r), int(r["point"]), r["arch"]) for r in done]
    front = pareto_front(points)

    try:
        import matplotlib
    except ImportError:
        raise SystemExit(f"plot_sweep: {sys.executable} has no matplotlib; install Debian's python3-matplotlib "
                         "and run the script as tools/plot_sweep.py (it uses /usr/bin/python3)")
    matplotlib.use("Agg")
    matplotlib.rcParams["svg.hashsalt"] = "datosim-sweep"  # stable ids: the same input, the same SVG
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 4.5), dpi=100)
    archs = sorted({p[3] for p in points})
    for i, arch in enumerate(archs):
        xs = [p[0] for p in points if p[3] == arch]
        ys = [p[1] for p in points if p[3] == arch]
        ax.scatter(xs, ys, s=18, alpha=0.75, color=f"C{i % 10}", label=arch)
    ax.plot([p[0] for p in front], [p[1] for p in front], drawstyle="steps-post", color="black", linewidth=1,
            label="Pareto front")
    ax.scatter([p[0] for p in front], [p[1] for p in front], s=60, facecolors="none", edgecolors="black")
    if args.log_x:
        ax.set_xscale("log")
    if args.log_y:
        ax.set_yscale("log")
    ax.set_xlabel(args.x)
    ax.set_ylabel(args.y)
    other = len(rows) - len(done)
    ax.set_title(args.title or f"{args.results.split('/')[-1]}: {len(done)} completed points"
                 + (f" ({other} others not drawn)" if other else ""), fontsize=10)
    ax.grid(True, linewidth=0.3)
    ax.legend(fontsize=8)
    fig.tight_layout()
    meta = {"Date": None} if args.out.endswith(".svg") else {}
    fig.savefig(args.out, metadata=meta)

    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["point", "arch", args.x, args.y])
    for x, y, point, arch in front:
        out.writerow([point, arch, f"{x:g}", f"{y:g}"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
