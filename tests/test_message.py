"""TensorFlow's messages parsed (``diagnose/message.py``): the sentence without the packaging,
the operator (never a function trace), the node and its creation stack. The messages are real
ones, recorded from TF 2.21 (``tests/fixtures/tf_messages.json``)."""

from __future__ import annotations

import json
import pathlib

import pytest

from tfmagic.diagnose import message

MESSAGES = json.loads((pathlib.Path(__file__).parent / "fixtures" / "tf_messages.json")
                      .read_text())
pytestmark = pytest.mark.fast


def test_graph_execution_error_gives_the_sentence_the_op_and_the_node():
    parsed = message.parse(MESSAGES["fit_gather"])
    assert parsed.sentence == "indices[0,0] = 980 is not in [0, 500)"
    assert parsed.op_type == "GatherV2"
    assert parsed.node == "sequential_1/embedding_1/GatherV2"
    assert parsed.trace.startswith("__inference_multi_step_on_iterator_")
    assert parsed.layer_path == ["sequential_1", "embedding_1"]
    assert [f.function for f in parsed.node_frames] == ["<module>", "call"]


def test_eager_op_error_drops_the_function_node_prefix_and_op_suffix():
    parsed = message.parse(MESSAGES["eager_matmul"])
    assert parsed.sentence == "Matrix size-incompatible: In[0]: [3,4], In[1]: [5,6]"
    assert parsed.op_type == "MatMul" and parsed.node == ""


def test_a_dataset_functions_wrapper_is_packaging():
    # "MapDataset:2" counts datasets in the process: the sentence is what follows the wrapper.
    parsed = message.parse(MESSAGES["map_parse_example"])
    assert parsed.sentence.startswith("Key: score.  Data types don't match.")
    assert parsed.op_type == "IteratorGetNext"


def test_in_user_code_block_gives_the_inner_error_sentence_and_its_frame():
    parsed = message.parse(MESSAGES["fn_reshape"])
    assert parsed.sentence.startswith("Dimension size must be evenly divisible by 7 but is 10")
    assert parsed.op_type == "Reshape"
    assert [(f.lineno, f.function) for f in parsed.message_frames] == [(12, "f")]


def test_session_error_skips_the_node_line():
    parsed = message.parse(MESSAGES["session_reshape"])
    assert parsed.sentence == ("Input to reshape is a tensor with 15 values, but the requested "
                               "shape requires a multiple of 4")
    assert parsed.op_type == "Reshape" and parsed.node == "Reshape"


def test_a_trace_name_is_never_an_operator():
    text = ("Graph execution error:\n\nIncompatible shapes: [4,3] vs. [4,5]\n\t "
            "[[{{node __inference_multi_step_on_iterator_1848}}]] "
            "[Op:__inference_multi_step_on_iterator_1848]")
    parsed = message.parse(text)
    assert parsed.op_type == "" and parsed.trace == "__inference_multi_step_on_iterator_1848"
    assert parsed.sentence == "Incompatible shapes: [4,3] vs. [4,5]"
    assert message.is_trace_name("train_function") and not message.is_trace_name("MatMul")


def test_a_trace_inside_the_sentence_is_said_by_the_function_it_traced():
    """XLA names the graph it could not compile by its trace and attributes; the sentence says
    the traced function's name, and the trace is kept apart."""
    parsed = message.parse(MESSAGES["xla_unsupported_op"])
    assert parsed.sentence.startswith("Detected unsupported operations when trying to compile "
                                      "graph `train_step` on XLA_CPU_JIT: StringFormat")
    assert "__inference" not in parsed.sentence and "_XlaMustCompile" not in parsed.sentence
    assert parsed.trace.startswith("__inference_train_step_") and "[" not in parsed.trace
    # "The op is created at:" is the op's creation stack, as "defined at" is
    assert [f.function for f in parsed.node_frames] == ["<module>", "train_step"]
    assert [f.lineno for f in parsed.node_frames] == [7, 4]


@pytest.mark.parametrize("text", ["", "   ", "Graph execution error:", "\n\n"])
def test_empty_or_bare_messages_give_no_sentence(text):
    assert message.parse(text).sentence == ""


def test_root_error_counters_are_packaging():
    text = ("2 root error(s) found.\n  (0) INVALID_ARGUMENT: indices[1] = 7 is not in [0, 5)\n"
            "\t [[{{node embedding_lookup}}]]\n  (1) INVALID_ARGUMENT: indices[1] = 7 is not in "
            "[0, 5)\n0 successful operations.\n0 derived errors ignored.")
    parsed = message.parse(text)
    assert parsed.sentence == "indices[1] = 7 is not in [0, 5)"
    assert parsed.node == "embedding_lookup" and parsed.op_type == ""


def test_a_stack_trace_placeholder_is_packaging():
    # Keras's fit: TensorFlow had no creation stack to show for the node.
    parsed = message.parse(MESSAGES["fit_conv_stack_unavailable"])
    assert parsed.sentence == "Depth of input must be a multiple of depth of filter: 4 vs 3"
    assert parsed.node == "convolution"


def test_keras_output_inference_wrapper_gives_the_inner_error():
    # A layer called on a symbolic input: Keras wraps the op's error in its own sentence.
    parsed = message.parse(MESSAGES["keras_symbolic_call_dtype"])
    assert parsed.sentence.startswith("Input 'y' of 'AddV2' Op has type float32 that does not "
                                      "match type float16")
