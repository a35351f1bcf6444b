# Used by npy_test.cpp (NpyNumpy.*): numpy's side of the .npy interoperability checks.
# Usage: /usr/bin/python3 npy_interop.py DIR
#  - every DIR/ours_NAME.npy (written by datosim) is loaded and saved again as DIR/resaved_NAME.npy,
#    which the test compares byte for byte with datosim's file;
#  - DIR/np_*.npy files are written with numpy for datosim to read.
import os
import sys

import numpy as np
from numpy.lib import format as npformat

d = sys.argv[1]
for name in sorted(os.listdir(d)):
    if name.startswith("ours_") and name.endswith(".npy"):
        a = np.load(os.path.join(d, name))
        np.save(os.path.join(d, "resaved_" + name[len("ours_"):]), a)


def save(name, a, version=None):
    with open(os.path.join(d, name), "wb") as f:
        npformat.write_array(f, a, version=version)


save("np_be_i4.npy", np.arange(-6, 6, dtype=">i4").reshape(3, 4))
save("np_be_i2.npy", np.array([-300, 0, 300, 32767, -32768], dtype=">i2"))
save("np_be_f4.npy", np.array([1.5, -2.25, 1e-3], dtype=">f4"))
save("np_v2_f4.npy", np.array([[0.5, 1.0], [1.5, -2.0]], dtype="<f4"), version=(2, 0))
save("np_v3_i1.npy", np.array([-128, 127, 0], dtype="i1"), version=(3, 0))
save("np_scalar.npy", np.array(7, dtype="<i4"))
save("np_fortran.npy", np.asfortranarray(np.arange(6, dtype="<i4").reshape(2, 3)))
save("np_f8.npy", np.zeros(3))
save("np_i4range.npy", np.array([1, 9, -3], dtype="i1"))
save("np_bf16src.npy", np.array([1.00390625, 3.0, 1.01171875], dtype="<f4"))
save("np_empty.npy", np.zeros((0, 3), dtype="<i2"))
print("ok")
