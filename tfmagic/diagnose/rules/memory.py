"""out_of_memory: a failed allocation ("OOM when allocating", "Dst tensor is not initialized")."""

from __future__ import annotations

import re

from ...report import Finding
from .common import DTYPE_BYTES, assigned_names_at, cause_or_raise, human_bytes, in_cell_label

OOM = re.compile(r"OOM when allocating tensor with shape\s*\[([\d,\s]*)\] and type (\w+)"
                 r"(?: on ([\w:/\-]+))?")


def out_of_memory(evidence) -> Finding | None:
    message = evidence.message
    dst = "Dst tensor is not initialized" in message
    if not (dst or evidence.error_type == "ResourceExhaustedError" or "OOM when allocating"
            in message):
        return None
    line, cell = cause_or_raise(evidence)
    culprits = assigned_names_at(evidence, line) if cell is None else []
    match = OOM.search(message)
    size = ""
    if match:
        dims = [int(d) for d in match.group(1).replace(" ", "").split(",") if d]
        count = 1
        for dim in dims:
            count *= dim
        nbytes = count * DTYPE_BYTES.get(match.group(2), 4)
        device = (match.group(3) or "").rsplit("device:", 1)[-1]
        size = (f" a {match.group(2)} tensor of shape {dims} ({human_bytes(nbytes)})"
                + (f" on {device}" if device else ""))
        if device:
            culprits.append(device)
    owner = f" for {culprits[0]}" if culprits else ""
    if dst:
        summary = ("'Dst tensor is not initialized': copying a tensor to the GPU failed because "
                   f"the device has no memory left{owner} (exhausted, or held by another "
                   "process or an earlier model in this kernel).")
        fix = ("Reduce the batch size or the model (or the tensor fed at this line), free GPU "
               "memory (restart the kernel, close other processes using the GPU, "
               "`tf.config.experimental.set_memory_growth`).")
    else:
        summary = f"Allocating{size or ' a tensor'}{owner} failed: it does not fit in memory."
        fix = ("Shrink the tensor: smaller layer/units, pool or downsample before a dense layer "
               "(a huge flattened input makes a huge kernel), or a smaller batch.")
    return Finding(kind="out_of_memory", severity="error", line=line,
                   raise_line=evidence.raise_line, cell=in_cell_label(evidence, cell),
                   culprits=culprits, summary=summary, fix=fix, rule="memory")
