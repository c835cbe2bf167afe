# Two commands do all the set-up on a fresh machine with only Python and make:
#   make test   create .venv if missing, install, run the whole test suite
#   make demo   create .venv if missing, install, execute demo.ipynb headless, write demo.html
PYTHON ?= python3
VENV   ?= .venv
PY      = $(VENV)/bin/python
STAMP   = $(VENV)/.tfmagic-installed

.PHONY: test demo bench install clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# tf-keras is installed without its dependencies: it requires the GPU `tensorflow` wheel,
# which pip would put next to tensorflow-cpu, the two clobbering each other.
$(STAMP): $(PY) pyproject.toml
	$(PY) -m pip install --quiet -e ".[cpu,test]"
	$(PY) -m pip install --quiet --no-deps "tf-keras>=2.16"
	touch $(STAMP)

install: $(STAMP)

test: $(STAMP)
	TF_CPP_MIN_LOG_LEVEL=2 $(PY) -m pytest -q tests

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
	rm -rf $(VENV) demo.html .pytest_cache
