# Used by numpy_crosscheck_test.cpp: computes every case of DIR/cases.txt with numpy, independently of
# datosim's reference kernels, and writes DIR/NAME.ref.npy.
# Usage: /usr/bin/python3 numpy_kernels.py DIR
#
# cases.txt, one case per line: NAME KERNEL OUT_DTYPE ACCUMULATE(0|1) ATTRS(k=v;k=v or -) N_INPUTS
# Inputs are DIR/NAME.in0.npy, DIR/NAME.in1.npy; the output's initial value is DIR/NAME.out0.npy.
# Float results are computed in float64 and saved as float32 (the test compares them with the tolerances
# of docs/numerics.md); integer results are computed exactly and wrapped to the output dtype's width.
import math
import os
import sys

import numpy as np

BITS = {"i4": 4, "i8": 8, "i16": 16, "i32": 32}


def wrap(x, bits):
    x = np.asarray(x).astype(np.int64)
    m = np.int64(1) << np.int64(bits)
    half = m >> np.int64(1)
    return (x + half) % m - half


def gelu(x):
    return 0.5 * x * (1.0 + np.tanh(math.sqrt(2.0 / math.pi) * (x + 0.044715 * x ** 3)))


def compute(kernel, ins, out0, acc, attrs, out_is_int):
    a = ins[0] if ins else None
    b = ins[1] if len(ins) > 1 else None
    if kernel == "matmul":
        r = a @ b
        return r + out0 if acc else r
    if kernel == "mac":
        return out0 + a * b
    # Element-wise: numpy's broadcasting, then to the output's shape (both operands may be smaller).
    if kernel == "add":
        return np.broadcast_to(a + b, out0.shape)
    if kernel == "sub":
        return np.broadcast_to(a - b, out0.shape)
    if kernel == "mul":
        return np.broadcast_to(a * b, out0.shape)
    if kernel == "max":
        return np.broadcast_to(np.maximum(a, b), out0.shape)
    if kernel == "scale":
        r = a * attrs["factor"]
        return np.trunc(r) if out_is_int else r
    if kernel == "relu":
        return np.maximum(a, 0)
    if kernel == "gelu":
        return gelu(a)
    if kernel == "silu":
        return a / (1.0 + np.exp(-a))
    if kernel == "exp":
        return np.exp(a)
    if kernel == "softmax":
        e = np.exp(a - a.max(axis=-1, keepdims=True))
        return e / e.sum(axis=-1, keepdims=True)
    if kernel == "layernorm":
        mean = a.mean(axis=-1, keepdims=True)
        var = ((a - mean) ** 2).mean(axis=-1, keepdims=True)
        return (a - mean) / np.sqrt(var + attrs.get("eps", 1e-5))
    if kernel == "rmsnorm":
        return a / np.sqrt((a * a).mean(axis=-1, keepdims=True) + attrs.get("eps", 1e-5))
    if kernel == "reduce_sum":
        return a.sum(axis=int(attrs["axis"]))
    if kernel == "reduce_max":
        return a.max(axis=int(attrs["axis"]))
    if kernel == "argmax":
        return a.argmax(axis=int(attrs["axis"]))
    if kernel == "transpose":
        return a.T
    if kernel == "cast":
        return np.trunc(a) if out_is_int else a
    if kernel == "copy":
        return a.reshape(out0.shape)
    if kernel == "zero":
        return np.zeros_like(out0)
    raise SystemExit("unknown kernel " + kernel)


def main():
    d = sys.argv[1]
    with open(os.path.join(d, "cases.txt")) as f:
        lines = [l.split() for l in f if l.strip()]
    for name, kernel, out_dtype, acc, attr_text, n_ins in lines:
        attrs = {}
        if attr_text != "-":
            for kv in attr_text.split(";"):
                k, v = kv.split("=")
                attrs[k] = float(v)
        out_is_int = out_dtype in BITS
        load = lambda suffix: np.load(os.path.join(d, name + suffix))
        ins = [load(".in%d.npy" % i) for i in range(int(n_ins))]
        out0 = load(".out0.npy")
        # integers exactly in int64 (the sizes here cannot overflow it), floats in float64
        work = np.int64 if all(x.dtype.kind == "i" for x in ins + [out0]) and out_is_int else np.float64
        if kernel == "cast" and out_is_int:
            work = np.float64 if ins[0].dtype.kind == "f" else np.int64
        ins = [x.astype(work) for x in ins]
        r = np.asarray(compute(kernel, ins, out0.astype(work), acc == "1", attrs, out_is_int))
        if out_is_int:
            r = wrap(r, BITS[out_dtype]).astype({4: "i1", 8: "i1", 16: "<i2", 32: "<i4"}[BITS[out_dtype]])
        else:
            r = r.astype("<f4")
        np.save(os.path.join(d, name + ".ref.npy"), np.ascontiguousarray(r))
    print("computed %d cases" % len(lines))


main()
