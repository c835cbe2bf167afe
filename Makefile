# Two commands do all the set-up on a fresh machine with only Python and make:
#   make test   create .venv if missing, install, run the whole test suite
#   make demo   create .venv if missing, install, execute demo.ipynb headless, write demo.html
#   make test-pyversions   the fast tests (pytest -m fast: no TensorFlow) on CPython 3.10, 3.12
#                      and 3.13, compiled to WebAssembly (Pyodide from npm) and run under Node
#   make test-compat   a second venv on Colab's stack (IPython 7.34, TensorFlow 2.20) running the
#                      runner, ledger, scenario and real-kernel (nbclient) tests; not the golden
#                      report text (tests/golden/ is recorded on make test's stack)
PYTHON ?= python3
VENV   ?= .venv
PY      = $(VENV)/bin/python
STAMP   = $(VENV)/.tfmagic-installed

.PHONY: test test-compat test-pyversions demo bench score install clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# tf-keras is installed without its dependencies: it requires the GPU `tensorflow` wheel,
# which pip would put next to tensorflow-cpu, the two clobbering each other.
$(STAMP): $(PY) pyproject.toml
	$(PY) -m pip install --quiet -e ".[cpu,test]"
	$(PY) -m pip install --quiet --no-deps "tf-keras>=2.20"
	touch $(STAMP)

install: $(STAMP)

test: $(STAMP)
	TF_CPP_MIN_LOG_LEVEL=2 $(PY) -m pytest -q tests

# Colab's stack (DESIGN.md, "Where people run notebooks"): what Colab's runtime pins of the
# packages tfmagic or its kernel tests touch, from googlecolab/backend-info pip-freeze.txt
# (2026-08-19): IPython 7.34.0, ipykernel 6.17.1, jupyter_client 7.4.9, traitlets 5.7.1,
# Pygments 2.21.0, TensorFlow 2.20 with Keras 3.13.2, nbclient 0.10.4, nbformat 5.11.1. Colab has
# no executing / pure_eval: they get pyproject's lower bounds, so those bounds are tested too.
# tfmagic itself goes in without deps so pip cannot upgrade anything past a pin.
COMPAT     ?= .venv-compat
COMPAT_PY   = $(COMPAT)/bin/python
COMPAT_STAMP = $(COMPAT)/.tfmagic-installed
COMPAT_PINS = "ipython==7.34.0" "ipykernel==6.17.1" "jupyter_client==7.4.9" "traitlets==5.7.1" \
              "pygments==2.21.0" "tensorflow-cpu==2.20.*" "keras==3.13.2" \
              "nbclient==0.10.4" "nbformat==5.11.1" "executing==1.2.0" "pure_eval==0.2.2" \
              "pytest>=7"

$(COMPAT_STAMP): pyproject.toml
	$(PYTHON) -m venv $(COMPAT)
	$(COMPAT_PY) -m pip install --quiet --upgrade pip
	$(COMPAT_PY) -m pip install --quiet --only-binary=:all: $(COMPAT_PINS)
	$(COMPAT_PY) -m pip install --quiet --only-binary=:all: --no-deps "tf-keras==2.20.*"
	$(COMPAT_PY) -m pip install --quiet --no-deps -e .
	touch $(COMPAT_STAMP)

test-compat: $(COMPAT_STAMP)
	TF_CPP_MIN_LOG_LEVEL=2 $(COMPAT_PY) -c "import IPython, ipykernel, traitlets, keras, tensorflow as tf; \
		assert IPython.__version__ == '7.34.0', IPython.__version__; \
		assert ipykernel.__version__ == '6.17.1', ipykernel.__version__; \
		assert traitlets.__version__ == '5.7.1', traitlets.__version__; \
		assert tf.__version__.startswith('2.20.'), tf.__version__; \
		print('test-compat: IPython', IPython.__version__, 'ipykernel', ipykernel.__version__, \
		      'traitlets', traitlets.__version__, 'TensorFlow', tf.__version__, 'Keras', keras.__version__)"
	TF_CPP_MIN_LOG_LEVEL=2 $(COMPAT_PY) -m pytest -q tests/test_runner.py tests/test_ledger.py \
		tests/test_scenarios.py tests/test_notebook.py tests/test_note.py -k "not report_text"

# The pure-Python layer (README, "Supported Python versions"): each Pyodide release from npm is
# one CPython, installed into .pyodide/node/<release> (git-ignored); tests/pyodide/wheels.py
# downloads, with the venv's pip, the pure-Python wheels pyproject.toml's dependencies and `fast`
# extra resolve to for that Python into .pyodide/wheels/<version>; tests/pyodide/run.js mounts
# the tree and runs pytest -m fast there. Pyodide 0.22 (3.10) loads only through require().
PYODIDE_DIR ?= .pyodide
PYODIDE_VERSIONS ?= 0.22.1:3.10 0.27.7:3.12 0.28.3:3.13

test-pyversions: $(PY)
	@command -v node >/dev/null && command -v npm >/dev/null || \
		{ echo "test-pyversions needs Node (20) and npm"; exit 1; }
	@set -e; for pair in $(PYODIDE_VERSIONS); do \
		release=$${pair%%:*}; python=$${pair##*:}; \
		node_dir=$(PYODIDE_DIR)/node/$$release; \
		if [ ! -f $$node_dir/node_modules/pyodide/package.json ]; then \
			mkdir -p $$node_dir && echo '{"private": true}' > $$node_dir/package.json && \
			npm install --prefix $$node_dir --no-audit --no-fund --silent pyodide@$$release; fi; \
		$(PY) tests/pyodide/wheels.py $$python $(PYODIDE_DIR)/wheels/$$python; \
	done
	@set -e; failed=""; for pair in $(PYODIDE_VERSIONS); do \
		release=$${pair%%:*}; python=$${pair##*:}; \
		echo "== Python $$python (Pyodide $$release): pytest -m fast"; \
		node tests/pyodide/run.js $(PYODIDE_DIR)/node/$$release $(PYODIDE_DIR)/wheels/$$python \
			-q -p no:warnings || failed="$$failed $$python"; \
	done; \
	if [ -n "$$failed" ]; then echo "test-pyversions failed on Python$$failed"; exit 1; fi

# The real-world corpus score (tests/realworld/README.md); it measures, it never fails the build.
# SCORE_ARGS passes options, e.g. make score SCORE_ARGS="--mode last --jobs 1".
score: $(STAMP)
	TF_CPP_MIN_LOG_LEVEL=2 $(PY) tests/realworld/score.py $(SCORE_ARGS)

# JUPYTER_PATH puts the venv's own "python3" kernelspec (shipped by ipykernel) ahead of any
# user-level one in ~/.local/share/jupyter that could start a different interpreter.
demo: $(STAMP)
	JUPYTER_PATH=$(abspath $(VENV))/share/jupyter TF_CPP_MIN_LOG_LEVEL=2 \
	$(PY) -m jupyter nbconvert --to html --execute \
		--ExecutePreprocessor.timeout=600 --ExecutePreprocessor.kernel_name=python3 \
		--output demo.html demo.ipynb
	@echo "demo written to $(CURDIR)/demo.html"

bench: $(STAMP)
	$(PY) -m pip install --quiet -e ".[cpu,test,bench]"
	TF_CPP_MIN_LOG_LEVEL=2 MPLBACKEND=Agg $(PY) bench/run_all.py

clean:
	rm -rf $(VENV) $(COMPAT) $(PYODIDE_DIR) demo.html .pytest_cache tests/artifacts
