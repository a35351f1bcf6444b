# End-to-end check of datosim's functional simulation against NumPy (run by ctest with /usr/bin/python3).
#
#   numpy_check.py --datosim BIN --graph examples/X.json --arch npu4x4 --work DIR
#
# 1. draws random inputs with NumPy's own generator (not datosim's) and saves them as .npy;
# 2. runs `datosim GRAPH --arch ARCH --input T=... --output-dir DIR/out -q`;
# 3. computes what the graph should compute with NumPy, from the graph's "reference" section but with
#    this file's own implementation of every kernel (float64 arithmetic, each step's result rounded to
#    the dtype of the tensor it writes; integers exactly in int64, wrapped to the output's width);
# 4. compares every output with the tolerance of docs/functional.md: the reference's rtol/atol if given,
#    else rtol 0 for integers (exact), 1e-5 for f32, 2^-7 for bf16, and atol = rtol x max |expected|.
# Exits 0 when every output matches, 1 otherwise (with the first offending element), 77 without numpy.
import argparse
import json
import math
import os
import subprocess
import sys

try:
    import numpy as np
except ImportError:
    print("SKIP: numpy is not available to " + sys.executable)
    sys.exit(77)

BITS = {"i4": 4, "i8": 8, "i16": 16, "i32": 32}
NPY_DTYPE = {"i4": "i1", "i8": "i1", "i16": "<i2", "i32": "<i4", "f32": "<f4", "bf16": "<f4"}


def wrap(x, bits):
    x = np.asarray(x, dtype=np.int64)
    m = np.int64(1) << np.int64(bits)
    return (x + (m >> np.int64(1))) % m - (m >> np.int64(1))


def to_bf16(x):
    """float64 -> nearest bf16 value (ties to even), returned as float64."""
    f = np.asarray(x, dtype=np.float64).astype(np.float32)
    u = f.view(np.uint32).astype(np.uint64)
    u = (u + np.uint64(0x7FFF) + ((u >> np.uint64(16)) & np.uint64(1))) & np.uint64(0xFFFF0000)
    return u.astype(np.uint32).view(np.float32).astype(np.float64)


def round_to(x, dtype):
    """A step's float64/int64 result stored in `dtype`."""
    if dtype in BITS:
        x = np.asarray(x)
        if x.dtype.kind == "f":
            x = np.trunc(x)
        return wrap(x, BITS[dtype])
    if dtype == "bf16":
        return to_bf16(x)
    return np.asarray(x, dtype=np.float64).astype(np.float32).astype(np.float64)


def kernel(name, ins, out_old, accumulate, attrs):
    a = ins[0] if ins else None
    b = ins[1] if len(ins) > 1 else None
    if name == "matmul":  # np.matmul treats leading dimensions as batch dimensions
        r = np.matmul(a, b)
        return r + out_old if accumulate else r
    if name == "mac":
        return out_old + a * b
    if name in ("add", "sub", "mul", "max"):
        return {"add": np.add, "sub": np.subtract, "mul": np.multiply, "max": np.maximum}[name](a, b)
    if name == "scale":
        return a * attrs["factor"]
    if name == "relu":
        return np.maximum(a, 0)
    if name == "gelu":
        return 0.5 * a * (1.0 + np.tanh(math.sqrt(2.0 / math.pi) * (a + 0.044715 * a ** 3)))
    if name == "silu":
        return a / (1.0 + np.exp(-a))
    if name == "exp":
        return np.exp(a)
    if name == "softmax":
        e = np.exp(a - a.max(axis=-1, keepdims=True))
        return e / e.sum(axis=-1, keepdims=True)
    if name == "layernorm":
        mu = a.mean(axis=-1, keepdims=True)
        return (a - mu) / np.sqrt(((a - mu) ** 2).mean(axis=-1, keepdims=True) + attrs.get("eps", 1e-5))
    if name == "rmsnorm":
        return a / np.sqrt((a * a).mean(axis=-1, keepdims=True) + attrs.get("eps", 1e-5))
    if name == "transpose":  # of the two trailing dimensions (batched steps keep the leading ones)
        return np.swapaxes(a, -1, -2)
    if name in ("cast", "copy"):
        return a
    if name == "zero":
        return np.zeros_like(out_old)
    raise SystemExit("numpy_check.py: no NumPy implementation of kernel '%s'" % name)


def reduce_kernel(name, a, attrs, batch):
    axis = int(attrs["axis"]) + batch
    if name == "argmax":
        return a.argmax(axis=axis)
    return a.sum(axis=axis) if name == "reduce_sum" else a.max(axis=axis)


def evaluate_params(params, overrides):
    """The graph's integer parameters (literals and simple expressions of other parameters)."""
    values = dict(overrides)
    pending = {k: v for k, v in params.items() if k not in values}
    while pending:
        progress = False
        for k, v in list(pending.items()):
            if isinstance(v, int):
                values[k] = v
            else:
                try:
                    values[k] = int(eval(v.replace("/", "//"), {"__builtins__": {}}, dict(values)))
                except NameError:
                    continue
            del pending[k]
            progress = True
        if not progress:
            raise SystemExit("numpy_check.py: cannot evaluate parameters %s" % sorted(pending))
    return values


def extent(e, params):
    return e if isinstance(e, int) else int(eval(e.replace("/", "//"), {"__builtins__": {}}, dict(params)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--datosim", required=True)
    ap.add_argument("--graph", required=True)
    ap.add_argument("--arch", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--seed", type=int, default=12345)
    args = ap.parse_args()

    graph = json.load(open(args.graph))
    params = evaluate_params(graph.get("params", {}), {})
    tensors = graph.get("tensors", {})
    ref = graph["reference"]
    os.makedirs(args.work, exist_ok=True)
    out_dir = os.path.join(args.work, "out")
    if os.path.isdir(out_dir):
        for f in os.listdir(out_dir):
            os.remove(os.path.join(out_dir, f))

    rng = np.random.default_rng(args.seed)
    values = {}  # name -> float64 or int64 array, the tensor's current value
    dtypes = {}
    cmd = [args.datosim, args.graph, "--arch", args.arch, "--output-dir", out_dir, "-q"]
    for name, t in tensors.items():
        shape = [extent(e, params) for e in t["shape"]]
        dt = t["dtype"]
        dtypes[name] = dt
        if t["role"] == "output":
            values[name] = np.zeros(shape, dtype=np.int64 if dt in BITS else np.float64)
            continue
        if dt in BITS:
            lo, hi = (-8, 8) if dt == "i4" else (-128, 128) if dt == "i8" else (-1000, 1000)
            v = rng.integers(lo, hi, size=shape, dtype=np.int64)
        else:
            v = round_to(rng.uniform(-1.0, 1.0, size=shape), dt)
        values[name] = v
        path = os.path.join(args.work, name + ".in.npy")
        np.save(path, np.ascontiguousarray(v.astype(NPY_DTYPE[dt])))
        cmd += ["--input", "%s=%s" % (name, path)]
    for name, t in ref.get("tensors", {}).items():
        shape = [extent(e, params) for e in t["shape"]]
        dtypes[name] = t["dtype"]
        values[name] = np.zeros(shape, dtype=np.int64 if t["dtype"] in BITS else np.float64)

    run = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if run.returncode != 0:
        print("datosim exited with %d:\n%s%s" % (run.returncode, run.stdout, run.stderr))
        return 1

    for step in ref["steps"]:
        k = step["compute"]
        ins = [values[n] for n in step.get("in", [])]
        out = step["out"]
        attrs = step.get("attrs", {})
        if k in ("reduce_sum", "reduce_max", "argmax"):
            r = reduce_kernel(k, ins[0], attrs, step.get("batch", 0))
        else:
            r = kernel(k, ins, values[out], step.get("accumulate", False), attrs)
        values[out] = round_to(np.broadcast_to(r, values[out].shape), dtypes[out])

    failures = 0
    for name, t in tensors.items():
        if t["role"] == "input":
            continue
        dt = t["dtype"]
        got = np.load(os.path.join(out_dir, name + ".npy"))
        want = values[name]
        if got.shape != want.shape:
            print("%s: shape %s, expected %s" % (name, got.shape, want.shape))
            failures += 1
            continue
        got = got.astype(np.int64 if dt in BITS else np.float64)
        tol = ref.get("tolerance", {})
        rtol = tol.get("rtol", 0.0 if dt in BITS else 1e-5 if dt == "f32" else 2.0 ** -7)
        atol = tol.get("atol", rtol * float(np.max(np.abs(want))) if want.size else 0.0)
        bad = np.abs(got - want) > atol + rtol * np.abs(want)
        err = float(np.max(np.abs(got - want))) if want.size else 0.0
        print("%s (%s): max abs error %.3g, rtol %.3g, atol %.3g, %d of %d elements outside"
              % (name, dt, err, rtol, atol, int(bad.sum()), want.size))
        if bad.any():
            idx = tuple(int(i) for i in np.argwhere(bad)[0])
            print("  first at %s: datosim %r, numpy %r" % (list(idx), got[idx], want[idx]))
            failures += 1
    return 1 if failures else 0


sys.exit(main())
