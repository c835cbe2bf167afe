"""What TensorFlow's error message says, once parsed: the sentence, the op, the node, where.

TensorFlow wraps the one meaningful sentence of an error in layers of packaging: "Graph
execution error:", a "Detected at node X defined at (most recent call last):" stack, a
"{{function_node __wrapped__MatMul_device_/job:localhost/...}}" prefix, "[[{{node X}}]]" and
"[Op:__inference_train_function_1848] name:" suffixes, "2 root error(s) found. (0)
INVALID_ARGUMENT:" counters. A report that repeats the packaging ("InvalidArgumentError at line
3: Graph execution error:") says less than the traceback. The general path and the contract
rows read the parsed message from here (``Evidence.parsed``), and a function trace
(``__inference_multi_step_on_iterator_1848``) is never called an operator. (The older rules'
own op regexes — shape_mismatch, dtypes, out_of_memory, device_placement — are still to move
here.)

Pure text: no TensorFlow import, safe on any message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_OP_SUFFIX = re.compile(r"\s*\[Op:([\w.>-]+)\](?:\s*name:\s*\S*)?\s*$")
_NAME_SUFFIX = re.compile(r"\s+name:\s*\S*\s*$")
_FUNCTION_NODE = re.compile(r"^\s*\{\{function_node [^}]*\}\}\s*")
_NODE_BRACKETS = re.compile(r"\[\[\{\{node ([^}]+)\}\}\]\]|\[\[node ([^\s\]]+)")
_DETECTED = re.compile(r"^\s*Detected at node '?([^'\s]+?)'? defined at \(most recent call last\):")
# XLA's (and tf2xla's) creation stack of the op it could not compile, oldest frame first.
_CREATED_AT = re.compile(r"^\s*The op is created at:\s*$")
_FRAME = re.compile(r'^\s*File "([^"]+)", line (\d+), in (\S+)')
_STATUS = re.compile(r"^\s*\(\d+\)\s+[A-Z_]+:\s*")
_USER_CODE = re.compile(r"^\s*in user code:\s*$")
_ERROR_LINE = re.compile(r"^\s+(?:\w+\.)*\w+(?:Error|Exception|Warning):\s+")
_NODE_EQUALS = re.compile(r"\{\{node [^}]+\}\} = (\w+)\[")
_NOISE = re.compile(r"^\s*(Graph execution error:|\d+ root error\(s\) found\.|"
                    r"\d+ successful operations?\.|\d+ derived errors? ignored\.|"
                    r"Original stack trace for|Additional GRPC error information|"
                    r"Function call stack:|Errors may have originated from an input operation\.|"
                    r"Node: '[^']*'\s*$|Exception encountered when calling|"
                    r"Arguments received by |\s*[•*-] \w+=|<stack traces unavailable>\s*$|"
                    r"Could not automatically infer the output shape / dtype of .*"
                    r"Error encountered:\s*$)")
# A function trace or wrapper, never an operator a user wrote: tf.function / Keras step traces.
# The prefix tf.function gives the graph of each trace (``__inference_train_step_653``).
_INFERENCE = "__inference_"
_TRACE_NAME = re.compile(rf"^({_INFERENCE}|__forward_|__backward_|__wrapped__|"
                         r"(multi_step_on_iterator|one_step_on_(data|iterator)|train_function|"
                         r"test_function|predict_function)\b)")


@dataclass(frozen=True)
class Frame:
    filename: str
    lineno: int
    function: str


@dataclass
class ParsedMessage:
    """The parts of a TensorFlow error message a diagnosis can use."""

    sentence: str = ""              # the meaningful sentence, packaging removed
    op_type: str = ""               # the operator (MatMul, GatherV2, Reshape...), never a trace
    node: str = ""                  # the graph node named ("sequential/embedding/GatherV2")
    trace: str = ""                 # the function trace that ran it, when one is named
    node_frames: list[Frame] = field(default_factory=list)   # "defined at" stack, oldest first
    message_frames: list[Frame] = field(default_factory=list)  # every File line in the message

    @property
    def layer_path(self) -> list[str]:
        """The scopes of the node's name: Keras layers and name scopes that built it."""
        return [part for part in self.node.split("/")[:-1] if part]


def is_trace_name(name: str) -> bool:
    """Whether ``name`` is a function trace or wrapper, not an operator."""
    return bool(_TRACE_NAME.match(name or ""))


def _op_from_node(node: str) -> str:
    """A node's op from its name's last part: ``embedding/GatherV2`` -> GatherV2,
    ``Reshape_1`` -> Reshape (TensorFlow numbers repeated names)."""
    last = node.rsplit("/", 1)[-1]
    last = re.sub(r"_\d+$", "", last)
    return "" if is_trace_name(last) or not re.match(r"^[A-Z][A-Za-z0-9]*$", last) else last


_ANSI = re.compile(r"\x1b\[[0-9;]*m")
# A traced function named inside a sentence ("compile graph __inference_train_step_653[_Xla
# MustCompile=true,config_proto=...]"): said by the Python function's name it traced.
_TRACE_IN_TEXT = re.compile(_INFERENCE + r"(\w+?)_\d+(?:\[[^\]]*\])?")


# tf.data's wrapper around an error raised in a dataset function: the dataset's name carries
# a per-process counter ("MapDataset:2") and the iterator's path, and the sentence follows.
_DATASET_FUNCTION = re.compile(r"^Error in user-defined function passed to \w+:\d+ "
                               r"transformation with iterator: [\w:]+: ")


def parse(message: str) -> ParsedMessage:
    parsed = ParsedMessage()
    if not message:
        return parsed
    # Keras bolds the inner error with terminal escapes ("\x1b[1mTypeError: ..."): text only.
    lines = _ANSI.sub("", message).splitlines()
    sentences: list[str] = []
    in_stack = False
    for raw in lines:
        if _USER_CODE.match(raw):
            in_stack = True
            continue
        if _CREATED_AT.match(raw):
            in_stack = True
            continue
        detected = _DETECTED.match(raw)
        if detected:
            parsed.node = parsed.node or detected.group(1)
            in_stack = True
            continue
        frame = _FRAME.match(raw)
        if frame:
            item = Frame(frame.group(1), int(frame.group(2)), frame.group(3))
            parsed.message_frames.append(item)
            if in_stack:
                parsed.node_frames.append(item)
            continue
        if not raw.strip():
            # A blank line ends a frame's code context; the stack ends at the first line that
            # is neither a frame, its indented code, nor blank.
            continue
        error_line = _ERROR_LINE.match(raw)
        if in_stack and raw.startswith((" ", "\t")) and not error_line \
                and not _NODE_BRACKETS.search(raw):
            continue   # the code line under a frame
        in_stack = False
        if error_line:   # "    ValueError: ..." closing an "in user code:" block
            raw = raw[error_line.end():]
        if _NOISE.match(raw):
            continue
        text = _STATUS.sub("", raw)
        brackets = _NODE_BRACKETS.search(text)
        if brackets:
            parsed.node = parsed.node or (brackets.group(1) or brackets.group(2) or "")
            text = text[:brackets.start()] + text[brackets.end():]
        op = _OP_SUFFIX.search(text)
        if op:
            if is_trace_name(op.group(1)):
                parsed.trace = parsed.trace or op.group(1)
            else:
                parsed.op_type = parsed.op_type or op.group(1)
            text = text[:op.start()]
        equals = _NODE_EQUALS.search(text)
        if equals and not parsed.op_type:
            parsed.op_type = equals.group(1)
        text = _NAME_SUFFIX.sub("", _FUNCTION_NODE.sub("", text)).strip()
        text = _DATASET_FUNCTION.sub("", text)
        traced = _TRACE_IN_TEXT.search(text)
        if traced:
            parsed.trace = parsed.trace or traced.group(0).split("[", 1)[0]
            text = _TRACE_IN_TEXT.sub(lambda m: f"`{m.group(1)}`", text)
        if text and text not in sentences:
            sentences.append(text)
    if not parsed.op_type and parsed.node:
        parsed.op_type = _op_from_node(parsed.node)
    parsed.sentence = sentences[0] if sentences else ""
    return parsed
