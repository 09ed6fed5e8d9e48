# Background run of 08_ardae's Figure 3 at the paper's budget: executes the notebook's own definition cells, then
# fills runs/fig3/ one (variant, repeat) file at a time, in priority order. Run from nbs/: python runs/fig3/run_fig3.py
import json, sys, time, torch
STEPS = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
CACHE = sys.argv[2] if len(sys.argv) > 2 else "runs/fig3"
torch.set_num_threads(1)
cells = {c["id"]: "".join(c["source"]) for c in json.load(open("08_ardae.ipynb"))["cells"]}
exec(cells["c003"].replace("from __future__ import annotations", "")); exec(cells["c004"])
from ardae_nb.ardae import *
for i in ("c047", "c050", "c052"): exec(cells[i])
SIGMAS = [1.0, 0.3, 0.1, 0.03, 0.01, 0.003]
order = [("AR-DAE", 0), ("resDAE", 0), ("AR-DAE", 1), ("resDAE annealed", 0), ("AR-DAE", 2), ("regDAE", 0), ("regDAE annealed", 0),
         ("resDAE", 1), ("resDAE annealed", 1), ("regDAE", 1), ("regDAE annealed", 1), ("AR-DAE", 2)]
extra = [a for a in sys.argv[3:]]  # further variants (VARIANTS keys or names defined in the notebook, e.g. AR_SQ): 3 repeats each
order += [(n, r) for r in range(3) for n in extra]
for name, r in order:
    t0 = time.time()
    run_figure3(SIGMAS, STEPS, {name: r + 1}, variants={name: VARIANTS[name] if name in VARIANTS else globals()[name]}, cache=CACHE)
    print(f"{time.strftime('%H:%M:%S')} {name} r{r} done in {time.time() - t0:.0f} s wall", flush=True)
