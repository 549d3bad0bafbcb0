"""Which BLAS NumPy really loaded, for the peers' output.

numpy.show_config() reports what NumPy was built against (Debian's python3-numpy says "blas" even
when update-alternatives points libblas.so.3 at OpenBLAS), so this runs one matrix product and
reads the shared libraries mapped into the process (Linux /proc/self/maps).
"""
import os

import numpy as np


def loaded_blas():
    """The file names of the BLAS/LAPACK libraries mapped into this process, or 'unknown'."""
    a = np.ones((64, 64))
    a @ a
    try:
        with open("/proc/self/maps") as f:
            names = {os.path.basename(line.split()[-1]) for line in f
                     if "blas" in line.lower() or "lapack" in line.lower()}
    except OSError:
        return "unknown"
    return ", ".join(sorted(names)) or "unknown (statically linked?)"
