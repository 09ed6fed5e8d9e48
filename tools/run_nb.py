#!/usr/bin/env python
"""Execute a notebook in place and save its outputs, skipping the cells `nbdev_test` skips.

Cells flagged with a `tst_flags` flag (`#| slow`) are skipped unless the flag is given, and keep the outputs they
were saved with; `#| eval: false` cells never run. `--cells` picks, among the flagged cells, the ones to run (by
cell id), so one slow result can be refreshed without re-running the others. The notebook runs in a Jupyter
kernel (nbclient), as in JupyterLab, so every output is kept as a reader would see it. Run `nbdev_clean`
afterwards.

    python tools/run_nb.py nbs/08_ardae.ipynb                          # fast cells only
    python tools/run_nb.py nbs/08_ardae.ipynb --flags slow             # everything
    python tools/run_nb.py nbs/08_ardae.ipynb --flags slow --cells c040,c041
"""
import argparse, os, sys, time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
from nbdev.config import get_config
from nbdev.process import extract_directives


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('nb', type=Path)
    p.add_argument('--flags', default='', help='space- or comma-separated test flags to run (e.g. slow)')
    p.add_argument('--cells', default='', help='comma-separated ids of the flagged cells to run (default: all of them)')
    p.add_argument('--stop', action='store_true', help='stop at the first failing cell (the notebook is still saved)')
    a = p.parse_args()
    flags = set(a.flags.replace(',', ' ').split())
    only = set(filter(None, a.cells.split(',')))
    tst_flags = set(get_config().tst_flags.split())
    skip_flags = tst_flags - flags
    nb = nbformat.read(a.nb, as_version=4)

    def skip(cell):
        if cell.cell_type != 'code': return True
        if 'nbdev_export' + '(' in cell.source: return True
        d = extract_directives(cell, remove=False)
        if d.get('eval:', [''])[0].lower() == 'false': return True
        flagged = set(d) & tst_flags
        if flagged & skip_flags: return True
        if only and flagged and cell.get('id') not in only: return True
        return False

    os.environ['IN_TEST'] = '1'  # as nbdev_test sets it; the kernel inherits it
    client = NotebookClient(nb, timeout=None, kernel_name='python3', allow_errors=True,
                            resources={'metadata': {'path': str(a.nb.resolve().parent)}})
    t0, ok = time.time(), True
    with client.setup_kernel():
        for i, cell in enumerate(nb.cells):
            if skip(cell): continue
            cell.outputs = []
            try: client.execute_cell(cell, i)
            except CellExecutionError: pass
            errs = [o for o in cell.outputs if o.get('output_type') == 'error']
            if errs:
                ok = False
                print(f"cell {cell.get('id')}: {errs[0].get('ename')}: {errs[0].get('evalue')}", file=sys.stderr)
                if a.stop: break
    nbformat.write(nb, a.nb)
    print(f"{a.nb}: {'ok' if ok else 'FAILED'} in {time.time() - t0:.0f} s")
    sys.exit(0 if ok else 1)


if __name__ == '__main__': main()
