"""The rule registry: one module per failure kind.

Failure rules run in order and the first match explains the exception, so the most specific
evidence comes first (a checkpoint or uninitialized message beats a generic shape message;
untracked weights explain the empty-gradient symptoms that the gradient rule would also see).
Warning checks run after every cell.
"""

from __future__ import annotations

from .checkpoint import checkpoint_mismatch, checkpoint_restore_warnings
from .device import device_placement, soft_placement_warnings
from .feed import feed_mismatch
from .function import tf_function_variable_creation
from .gradients import missing_gradient, missing_gradient_warnings
from .memory import out_of_memory
from .other import other
from .scopes import variable_already_exists, variable_not_found
from .shapes import shape_mismatch
from .unbuilt import unbuilt_layer, unbuilt_layer_warnings
from .uninitialized import uninitialized, uninitialized_warnings
from .weights import untracked_weights, untracked_weights_warnings

FAILURE_RULES = [
    checkpoint_mismatch,
    uninitialized,
    out_of_memory,
    device_placement,
    feed_mismatch,
    variable_already_exists,
    variable_not_found,
    tf_function_variable_creation,
    untracked_weights,
    missing_gradient,
    unbuilt_layer,
    shape_mismatch,
]

WARNING_CHECKS = [
    soft_placement_warnings,
    uninitialized_warnings,
    untracked_weights_warnings,
    unbuilt_layer_warnings,
    missing_gradient_warnings,
    checkpoint_restore_warnings,
]

__all__ = ["FAILURE_RULES", "WARNING_CHECKS", "other"]
