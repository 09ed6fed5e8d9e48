# Background run of 11_maxent's experiment: executes the notebook's definition cells, then fills the per-kind caches
# (one dict {repeat: metrics} per file, saved after every repeat, so a crash resumes). Run from nbs/:
#   python runs/maxent/run_maxent.py REPEATS KIND [KIND ...]     (KIND: implicit or iaf, or an ablation below)
import json, sys
from pathlib import Path
REPEATS, KINDS = int(sys.argv[1]), sys.argv[2:]
cells = {c["id"]: "".join(c["source"]) for c in json.load(open("11_maxent.ipynb"))["cells"]}
exec(cells["c001"]); exec(cells["c002"]); torch.set_num_threads(1)
for i in ("c005", "c009", "c011", "c013", "c017"): exec(cells[i])
ABLATIONS = {"implicit_raw_sigma": dict(sigma_unit=None), "implicit_unwhitened": dict(whiten=False)}  # the notebook's ablation cells
for r in range(REPEATS):  # interleaved, so both kinds have the same repeats when stopped early
    for kind in KINDS:
        run_repeats("implicit" if kind in ABLATIONS else kind, r + 1, STEPS, Path(f"runs/maxent/{kind}.pt"), **ABLATIONS.get(kind, {}))
        print(time.strftime("%H:%M:%S"), kind, "repeat", r, "done", flush=True)
