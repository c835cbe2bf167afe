"""The rule registry: which rule explains which failure, declared in one table.

A *rule* is one cause of one failure kind: a function ``cause(evidence) -> Finding | None``
plus the *trigger* that says which failures it may explain — exception class names and message
patterns. ``FAILURE_RULES`` is the precedence table: for a failing cell the rules whose trigger
claims the exception are tried in this order, and the first that returns a Finding explains it
(a cause function returns None when the evidence does not show its cause, and the next rule of
the same message gets its turn). Nothing else decides whether a message is a rule's own.

Two tiers:

* **message rules** claim a failure by its exception type and message. Their patterns are
  specific (TensorFlow's or Keras's own wording), and ``tests/test_registry.py`` asserts, for
  every message collected from the scenarios, variations and every raising corpus case
  (``tests/fixtures/messages.json``), which cause function explains it, which rules' triggers
  claim it, and that no ungated rule of another kind would;
* a message rule with a *gate* claims its message only when that evidence holds too (the
  untracked-weights cause of "No gradients provided"): it takes precedence over the message's
  ungated rule without being a second kind that claims the message by its words alone;
* **evidence rules** explain generic Python errors (``TypeError: 'NoneType' ...``,
  ``ValueError: not enough values to unpack``) only when a named evidence *gate* holds — e.g.
  a live layer in the namespace holds its weights as tensors. They are tried only when no
  message rule explained the failure.

``WARNING_RULES`` run after every cell (succeeded or failed) and look for silent bugs; each
returns a list of warnings.

Adding a rule: write ``def cause(evidence) -> Finding | None`` in ``rules/<kind>.py`` with a
real message in its docstring, read only ``Evidence`` (see ``evidence.py``: frames, values on
the failing line, op traceback, ledger, timeline, cells' code, live objects) and word it with
``phrases.py``; then add one ``Rule(...)`` row below at the place its precedence belongs and
the message to ``tests/fixtures/messages.json``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..report import Finding
from .rules import (checkpoint_mismatch, device_placement, feed_mismatch, missing_gradient,
                    out_of_memory, shape_mismatch, tf_function_variable_creation, unbuilt_layer,
                    uninitialized_variable, untracked_weights, variable_already_exists,
                    variable_not_found)
from .rules import data_pipeline, layer_config
from .rules import other as other_rules
from .general import other


@dataclass(frozen=True)
class Rule:
    """One cause: ``cause(evidence)`` may explain failures its trigger claims.

    ``exceptions``: exception class names (any class when empty); ``patterns``: regular
    expressions searched in the message, any one suffices (any message when empty);
    ``gate``: for evidence rules, a predicate on the evidence that must hold as well.
    """

    kind: str
    cause: Callable
    exceptions: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    gate: Callable | None = None
    compiled: tuple = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        object.__setattr__(self, "compiled", tuple(re.compile(p) for p in self.patterns))

    @property
    def name(self) -> str:
        return self.cause.__name__

    def claims_message(self, error_type: str, message: str) -> bool:
        if self.exceptions and error_type not in self.exceptions:
            return False
        return not self.compiled or any(p.search(message) for p in self.compiled)

    def claims(self, evidence) -> bool:
        if not self.claims_message(evidence.error_type, evidence.message):
            return False
        return self.gate is None or bool(self.gate(evidence))


OP_SHAPES = ("InvalidArgumentError", "ValueError")

# Why a gradient is None, in precedence order: the rows of both triggers below ("no gradients
# provided" from the optimizer, and a None gradient used as a tensor).
GRADIENT_PATH = (missing_gradient.non_trainable_sources, missing_gradient.rebound_variable,
                 missing_gradient.loss_outside_tape,
                 missing_gradient.source_not_watched, missing_gradient.gradient_path_broken)
NONE_USED = (r"NoneType", r"None values not supported", r"Attempt to convert a value \(None\)")

# ---------------------------------------------------------------- precedence table (failures)
MESSAGE_RULES: tuple[Rule, ...] = (
    # checkpoint_mismatch: restore / load_weights keys or shapes that do not match — first a
    # setting the notebook rebound since the save, then what the shapes and keys alone say
    Rule("checkpoint_mismatch", checkpoint_mismatch.setting_changed,
         ("InvalidArgumentError", "ValueError", "KeyError", "IndexError"),
         (checkpoint_mismatch.SAVER_SHAPES, checkpoint_mismatch.INCOMPATIBLE_RESTORE)
         + checkpoint_mismatch.KERAS_LOAD),
    Rule("checkpoint_mismatch", checkpoint_mismatch.saver_shape_changed,
         ("InvalidArgumentError",), (checkpoint_mismatch.SAVER_SHAPES,)),
    Rule("checkpoint_mismatch", checkpoint_mismatch.saver_key_missing,
         ("NotFoundError",), (r"Key [\w/.\-]+ not found in checkpoint",
                              r"Restoring from checkpoint failed")),
    Rule("checkpoint_mismatch", checkpoint_mismatch.object_unmatched,
         (), checkpoint_mismatch.UNBOUND),
    Rule("checkpoint_mismatch", checkpoint_mismatch.restored_shape_incompatible,
         ("ValueError",), (checkpoint_mismatch.INCOMPATIBLE_RESTORE,)),
    Rule("checkpoint_mismatch", checkpoint_mismatch.keras_weights_mismatch,
         ("ValueError", "KeyError", "IndexError"), checkpoint_mismatch.KERAS_LOAD),
    # uninitialized_variable: a graph variable read before its initializer ran — by another
    # variable's initial value during the initializer run itself, a local
    # variable the global initializer never covers, a restore of part of the graph, an
    # initializer run in another session, then the variable itself
    Rule("uninitialized_variable", uninitialized_variable.initial_value_reads_variable,
         ("FailedPreconditionError", "NotFoundError"), uninitialized_variable.MESSAGES),
    Rule("uninitialized_variable", uninitialized_variable.local_variable_left_out,
         ("FailedPreconditionError", "NotFoundError"), uninitialized_variable.MESSAGES),
    Rule("uninitialized_variable", uninitialized_variable.partial_restore,
         ("FailedPreconditionError", "NotFoundError"), uninitialized_variable.MESSAGES),
    Rule("uninitialized_variable", uninitialized_variable.initialized_in_other_session,
         ("FailedPreconditionError", "NotFoundError"), uninitialized_variable.MESSAGES),
    Rule("uninitialized_variable", uninitialized_variable.uninitialized,
         ("FailedPreconditionError", "NotFoundError"), uninitialized_variable.MESSAGES),
    # out_of_memory
    Rule("out_of_memory", out_of_memory.layer_sized_from_data, ("ResourceExhaustedError",),
         (out_of_memory.OOM.pattern,)),
    Rule("out_of_memory", out_of_memory.out_of_memory, ("ResourceExhaustedError",)),
    Rule("out_of_memory", out_of_memory.out_of_memory, (),
         (r"Dst tensor is not initialized", r"OOM when allocating")),
    # device_placement
    Rule("device_placement", device_placement.device_placement, (),
         (r"Cannot assign a device", r"Could not satisfy device specification",
          r"Could not satisfy explicit device")),
    # feed_mismatch: a fixed batch axis fed a smaller batch, then any other feed shape
    Rule("feed_mismatch", feed_mismatch.fixed_batch_axis, ("ValueError",),
         (feed_mismatch.CANNOT_FEED.pattern,)),
    Rule("feed_mismatch", feed_mismatch.feed_mismatch, ("ValueError", "TypeError"),
         (feed_mismatch.CANNOT_FEED.pattern, r"The value of a feed cannot be a tf\.Tensor")),
    Rule("feed_mismatch", feed_mismatch.key_from_other_graph, ("TypeError", "ValueError"),
         (feed_mismatch.NOT_IN_GRAPH,)),
    Rule("feed_mismatch", feed_mismatch.key_not_in_graph, ("TypeError", "ValueError"),
         (feed_mismatch.NO_SUCH_TENSOR,)),
    # variable_scope reuse
    Rule("variable_already_exists", variable_already_exists.scope_entered_twice_in_one_pass,
         ("ValueError",), (variable_already_exists.EXISTS.pattern,)),
    Rule("variable_already_exists", variable_already_exists.variable_already_exists,
         ("ValueError",), (variable_already_exists.EXISTS.pattern,)),
    Rule("variable_not_found", variable_not_found.graph_reset_since_built,
         ("ValueError",), (variable_not_found.MISSING.pattern,)),
    Rule("variable_not_found", variable_not_found.made_by_variable_constructor,
         ("ValueError",), (variable_not_found.MISSING.pattern,)),
    Rule("variable_not_found", variable_not_found.variable_not_found,
         ("ValueError",), (variable_not_found.MISSING.pattern,)),
    # tf_function_variable_creation
    Rule("tf_function_variable_creation",
         tf_function_variable_creation.traced_for_rebound_global, ("ValueError",),
         tf_function_variable_creation.SYMPTOMS),
    Rule("tf_function_variable_creation",
         tf_function_variable_creation.new_object_passed_each_call, ("ValueError",),
         tf_function_variable_creation.SYMPTOMS),
    Rule("tf_function_variable_creation",
         tf_function_variable_creation.tf_function_variable_creation, (),
         tf_function_variable_creation.SYMPTOMS),
    # missing_gradient, unless a live layer holds its weights as tensors (the untracked-weights
    # cause, gated on that evidence, explains the same message first)
    Rule("untracked_weights", untracked_weights.untracked_weights, ("ValueError",),
         (missing_gradient.NO_GRADIENTS,), gate=untracked_weights.has_untracked_layer),
    Rule("missing_gradient", missing_gradient.forward_pass_outside_tape, ("ValueError",),
         (missing_gradient.NO_GRADIENTS,)),
    *(Rule("missing_gradient", cause, ("ValueError",), (missing_gradient.NO_GRADIENTS,))
      for cause in GRADIENT_PATH),
    Rule("missing_gradient", missing_gradient.integer_variable, ("ValueError",),
         (missing_gradient.NO_GRADIENTS,)),
    Rule("missing_gradient", missing_gradient.missing_gradient, ("ValueError",),
         (missing_gradient.NO_GRADIENTS,)),
    # unbuilt_layer: Keras state that does not exist yet (optimizer built for another model,
    # lookup layer never adapted), then Keras saying the object is not built
    Rule("unbuilt_layer", unbuilt_layer.optimizer_reused, ("ValueError",),
         unbuilt_layer.OPTIMIZER_REUSED),
    Rule("unbuilt_layer", unbuilt_layer.lookup_never_adapted, ("FailedPreconditionError",),
         unbuilt_layer.TABLE_NOT_INITIALIZED),
    Rule("unbuilt_layer", unbuilt_layer.unbuilt_layer, (), unbuilt_layer.UNBUILT_MESSAGES),
    # uninitialized_variable: a TF1 lookup table the variable initializer does not fill
    Rule("uninitialized_variable", uninitialized_variable.table_left_out,
         ("FailedPreconditionError",), uninitialized_variable.TABLE_NOT_INITIALIZED,
         gate=uninitialized_variable.ran_variable_initializer),
    # other: a closed session; a non-persistent tape asked twice
    Rule("other", other_rules.closed_session, ("RuntimeError",), (other_rules.CLOSED_SESSION,)),
    # other: a fetch Session.run refuses — a rebound name first, then the value's origin
    Rule("other", other_rules.shadowed_name, ("TypeError",), (other_rules.REFUSED_FETCH.pattern,)),
    Rule("other", other_rules.refused_fetch, ("TypeError",), (other_rules.REFUSED_FETCH.pattern,)),
    Rule("other", other_rules.session_without_graph, ("ValueError",),
         (other_rules.NOT_IN_SESSION_GRAPH,)),
    Rule("other", other_rules.checkpoint_path_is_a_shard, ("DataLossError",),
         (other_rules.SHARD_FILE.pattern,)),
    Rule("other", layer_config.config_does_not_round_trip, ("TypeError", "NotImplementedError"),
         layer_config.MESSAGES),
    Rule("other", other_rules.non_persistent_tape_reused, ("RuntimeError",),
         (other_rules.TAPE_REUSED,)),
    Rule("other", other_rules.index_past_embedding_rows, ("InvalidArgumentError",),
         (other_rules.INDEX_OUT_OF_RANGE,)),
    Rule("other", other_rules.tensor_from_replaced_graph, ("ValueError",),
         other_rules.OTHER_GRAPH),
    Rule("other", other_rules.tensor_array_too_small, ("InvalidArgumentError",),
         other_rules.TENSOR_ARRAY_SIZE),
    # other: input-pipeline contracts (the stage of a tf.data pipeline that broke one)
    Rule("other", data_pipeline.batch_of_unequal_elements, ("InvalidArgumentError",),
         (data_pipeline.BATCH_SHAPES,)),
    Rule("other", data_pipeline.pad_to_smaller_size, (), (data_pipeline.PAD_SMALLER,)),
    Rule("other", other_rules.tensor_kept_past_its_graph, ("InaccessibleTensorError",
                                                          "TypeError"),
         (other_rules.OUT_OF_SCOPE.pattern,)),
    Rule("other", data_pipeline.ragged_python_list, ("ValueError",),
         data_pipeline.NON_RECTANGULAR),
    Rule("other", data_pipeline.generator_element_mismatch, (),
         (data_pipeline.GENERATOR_YIELDED,)),
    Rule("other", data_pipeline.dataset_exhausted, ("OutOfRangeError",),
         (data_pipeline.END_OF_SEQUENCE,)),
    Rule("other", data_pipeline.shape_lost_after_py_function, ("ValueError",),
         data_pipeline.UNKNOWN_SHAPE),
    Rule("other", data_pipeline.generator_without_shapes, ("ValueError",),
         data_pipeline.UNKNOWN_SHAPE),
    Rule("other", data_pipeline.decode_image_without_rank, ("ValueError",),
         data_pipeline.UNKNOWN_SHAPE),
    # shape_mismatch: an operand whose axes a call on its chain reordered or dropped, then
    # Keras input specs, labels against outputs, reshapes, concatenations, any other op
    Rule("shape_mismatch", shape_mismatch.stacked_without_sequences, ("ValueError",),
         (shape_mismatch.EXPECTED_NDIM.pattern,)),
    Rule("shape_mismatch", shape_mismatch.lost_axis, ("InvalidArgumentError", "ValueError"),
         shape_mismatch.AXIS_MESSAGES),
    Rule("shape_mismatch", shape_mismatch.decoded_channels_not_fixed,
         ("InvalidArgumentError", "ValueError"), shape_mismatch.CHANNEL_DEPTH),
    Rule("shape_mismatch", shape_mismatch.keras_input_data, ("ValueError",),
         tuple(p.pattern for p in shape_mismatch.KERAS_INPUT)),
    Rule("shape_mismatch", shape_mismatch.keras_input_mismatch, ("ValueError",),
         tuple(p.pattern for p in shape_mismatch.KERAS_INPUT)),
    Rule("shape_mismatch", shape_mismatch.labels_vs_output, ("ValueError",),
         (shape_mismatch.LOSS_TARGET.pattern,)),
    Rule("shape_mismatch", shape_mismatch.sparse_labels_with_extra_axis, ("ValueError",),
         (shape_mismatch.SPARSE_LABEL_RANK.pattern,)),
    Rule("shape_mismatch", shape_mismatch.labels_out_of_range, ("InvalidArgumentError",),
         (shape_mismatch.LABEL_OUT_OF_RANGE.pattern,)),
    Rule("shape_mismatch", shape_mismatch.loss_target_mismatch, (),
         (shape_mismatch.LOSS_TARGET.pattern,)),
    Rule("shape_mismatch", shape_mismatch.reshape_changed_sample_count, ("ValueError",),
         (shape_mismatch.CARDINALITY.pattern,)),
    Rule("shape_mismatch", shape_mismatch.reshape_size, ("InvalidArgumentError", "ValueError"),
         tuple(p.pattern for p in shape_mismatch.RESHAPE_MESSAGES)),
    Rule("shape_mismatch", shape_mismatch.concatenate_axis, ("ValueError",),
         (shape_mismatch.KERAS_CONCAT.pattern,)),
    Rule("shape_mismatch", shape_mismatch.concat_operands, ("InvalidArgumentError",),
         (shape_mismatch.CONCAT_OP.pattern,)),
    Rule("shape_mismatch", shape_mismatch.shape_mismatch, (),
         tuple(p.pattern for p in shape_mismatch.PATTERNS)),
    # other, each with a cause of its own: dtypes and Python code run on graph tensors
    Rule("other", other_rules.dtype_mismatch, (), other_rules.DTYPE_MESSAGES),
    Rule("other", other_rules.python_control_flow_on_tensor,
         ("OperatorNotAllowedInGraphError", "TypeError"), other_rules.GRAPH_BOOL),
    Rule("other", other_rules.numpy_in_graph,
         ("AttributeError", "NotImplementedError", "ValueError"), other_rules.NUMPY_IN_GRAPH),
    Rule("other", other_rules.keras_tensor_into_tf_op, ("ValueError", "TypeError"),
         other_rules.KERAS_TENSOR_TO_TF),
    # other: a model loaded uncompiled; a model or optimizer made outside a strategy's scope
    Rule("other", other_rules.loaded_without_compile, ("ValueError",), (other_rules.NOT_COMPILED,)),
    Rule("other", other_rules.outside_strategy_scope, ("RuntimeError", "ValueError"),
         other_rules.STRATEGY_SCOPE),
    Rule("other", other_rules.unordered_sparse_indices, ("InvalidArgumentError",),
         other_rules.UNORDERED_SPARSE),
    Rule("other", other_rules.ragged_input_refused, ("ValueError", "TypeError"),
         other_rules.RAGGED_REFUSED),
)

# Generic Python errors, explained only when the evidence gate holds.
GENERIC = ("ValueError", "TypeError", "IndexError", "KeyError", "AttributeError")
EVIDENCE_RULES: tuple[Rule, ...] = (
    Rule("feed_mismatch", feed_mismatch.ragged_feed, ("ValueError",), (feed_mismatch.RAGGED,),
         gate=feed_mismatch.is_feeding),
    Rule("missing_gradient", missing_gradient.rebound_variable, GENERIC,
         gate=missing_gradient.has_rebound_attribute),
    Rule("untracked_weights", untracked_weights.untracked_weights, GENERIC,
         gate=untracked_weights.has_untracked_layer),
    Rule("unbuilt_layer", unbuilt_layer.empty_variable_list, GENERIC,
         gate=unbuilt_layer.has_empty_variable_read),
    Rule("unbuilt_layer", unbuilt_layer.stale_variable_list, GENERIC,
         gate=unbuilt_layer.has_stale_variable_list),
    Rule("other", data_pipeline.op_in_mapped_function, ("InvalidArgumentError",),
         gate=data_pipeline.reads_a_dataset),
    Rule("other", other_rules.shadowed_name, ("TypeError",),
         gate=other_rules.has_shadowed_name),
    # A value Keras refuses and quotes ("Received: filepath=..."), written as a literal by a
    # cell: when no message rule explained the failure.
    Rule("other", other_rules.refused_argument_literal, ("ValueError",),
         (other_rules.RECEIVED.pattern,), gate=other_rules.has_refused_literal),
    # Keys a call refuses, written in one dict literal of the cells; a parse spec's feature
    # the records do not fit, written in one parse spec.
    Rule("other", other_rules.wrong_key_written,
         ("ValueError", "TypeError", "InvalidArgumentError"),
         tuple(p.pattern for p in other_rules.WRONG_KEYS + other_rules.PARSE_KEY),
         gate=other_rules.has_wrong_key_written),
    # A None used as a value, returned by a function of the cells that can end without a
    # return: the function's end, before the None-gradient rows (a gradient is no name
    # bound from such a call).
    Rule("other", other_rules.none_from_function, GENERIC, NONE_USED,
         gate=other_rules.has_none_from_function),
    # A None used as a size, read from a tensor's static shape (a dimension known only when
    # the graph runs): the statement that read it.
    Rule("other", other_rules.none_from_static_shape, GENERIC, NONE_USED,
         gate=other_rules.has_none_from_static_shape),
    # A None gradient used as a tensor: the same causes as "no gradients provided", in the
    # same order, when the cell took a gradient that came back None.
    *(Rule("missing_gradient", cause, ("TypeError", "ValueError", "AttributeError"),
           NONE_USED, gate=missing_gradient.has_none_gradient)
      for cause in GRADIENT_PATH + (missing_gradient.missing_gradient,)),
)

FAILURE_RULES: tuple[Rule, ...] = MESSAGE_RULES + EVIDENCE_RULES

# ---------------------------------------------------------------- silent bugs (every cell)
WARNING_RULES: tuple[Callable, ...] = (
    device_placement.soft_placement_warnings,
    uninitialized_variable.uninitialized_warnings,
    untracked_weights.untracked_weights_warnings,
    unbuilt_layer.unbuilt_layer_warnings,
    unbuilt_layer.normalization_never_adapted_warnings,
    unbuilt_layer.rebound_model_left_unbuilt_warnings,
    missing_gradient.missing_gradient_warnings,
    missing_gradient.unused_weight_warnings,
    checkpoint_mismatch.checkpoint_restore_warnings,
    checkpoint_mismatch.restored_shape_warnings,
)

FALLBACK = other


def claimants(error_type: str, message: str) -> list[Rule]:
    """Message rules whose trigger claims this failure, in precedence order."""
    return [rule for rule in MESSAGE_RULES if rule.claims_message(error_type, message)]


def explain(evidence, faults: list[str]) -> Finding:
    """The error finding for a failing cell: the first claiming rule that finds its cause,
    else the fallback (the annotated raise line)."""
    for rule in FAILURE_RULES:
        if not _guarded(rule.claims, evidence, faults, rule.name):
            continue
        finding = _guarded(rule.cause, evidence, faults, rule.name)
        if finding is not None:
            finding.rule = rule.name
            return held_to_evidence(finding, evidence)
    return held_to_evidence(FALLBACK(evidence), evidence)


def held_to_evidence(finding: Finding, evidence) -> Finding:
    """A cause away from the raise line stands only on its chain of recorded evidence.

    Why: a rule that names another line without the links that lead there (each a recorded
    fact: a binding, a creation, a run, a traceback frame) is guessing, and a confident wrong
    line costs a user more than the raise line with the facts. Such a finding keeps its kind,
    sentence and fix, and its cause is the raise line.
    """
    raise_line = evidence.raise_line
    moved = finding.line != raise_line or not evidence.in_this_cell(finding.cell)
    if raise_line is None or (moved and finding.evidence):
        return finding
    if moved:
        finding.line, finding.cell, finding.other_cell_lines = raise_line, None, []
    # At the raise line, a link that cites the raise line itself only restates the mark.
    finding.evidence = [link for link in finding.evidence
                        if (link.get("line"), link.get("cell")) != (raise_line, None)]
    return finding


def warnings(evidence, faults: list[str]) -> list[Finding]:
    found = []
    for check in WARNING_RULES:
        found.extend(_guarded(check, evidence, faults, check.__name__) or ())
    return found


def _guarded(function, evidence, faults: list[str], name: str):
    try:
        return function(evidence)
    except Exception as exc:  # noqa: BLE001 - a rule's fault must not cost the diagnosis
        faults.append(f"rule {name} failed ({type(exc).__name__}: {exc})"[:200])
        return None
