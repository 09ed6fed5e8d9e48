# Background run of 10_implicit's U1–U4 fits for longer than the notebook's 2500 steps, with TV measured along the
# way: the implicit sampler at the paper's sizes (generator 3×256, AR-DAE 3×256, N_d = 5, batch 1024, δ = 0.1),
# `fit_energy`'s defaults otherwise, α annealed over the first ANNEAL steps and the learning rate halved every HALVE.
# One file per energy in runs/energy_long/; a crash resumes from the checkpoint. Run from nbs/:
#   [KIND=flow] python runs/energy_long/run_energy.py [STEPS] [EVERY] [NAMES...]
# KIND=flow fits the notebook's spline-coupling flow baseline (exact entropy, no AR-DAE) with the same schedules.
import json, os, sys, time, torch
STEPS = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
EVERY = int(sys.argv[2]) if len(sys.argv) > 2 else 250
NAMES = sys.argv[3:] or ["U1", "U2", "U3", "U4"]
ANNEAL, HALVE, N_TV, N_KNN = 1250, 1250, 100_000, 20_000
torch.set_num_threads(1)
cells = {c["id"]: "".join(c["source"]) for c in json.load(open("10_implicit.ipynb"))["cells"]}
exec(cells["c003"].replace("from __future__ import annotations", "")); exec(cells["c004"])
from ardae_nb.implicit import *
from ardae_nb.core import History
exec(cells["c047"].split("for name, gd")[0])  # TARGETS, GRIDS, TV_GRIDS
exec(cells["c060"].split("SMALL =")[0])        # evaluate, fit_all
exec(next(l for l in cells["c058"].splitlines() if l.startswith("FLOW_KW")))  # the flow baseline's architecture
from ardae_nb.flows import spline_coupling
KIND = os.environ.get("KIND", "implicit")
ANTITHETIC = KIND == "implicit"  # AR-DAE's loss on antithetic pairs ±u (the first, plain runs are kept as plain_*.pt)
out = Path(os.environ.get("ENERGY_OUT", "runs/energy_long")); ck_dir = out / "ck"; ck_dir.mkdir(parents=True, exist_ok=True)  # ck/: not committed
for name in NAMES:
    f = out / f"{KIND}_{name}.pt"
    res = torch.load(f, weights_only=False) if f.exists() else None
    if res is not None and res["config"]["steps"] >= STEPS: continue
    torch.manual_seed(0); g = make_generator(0)
    q, dae = (ImplicitSampler(2, seed=0), ARDAE(2)) if KIND == "implicit" else (spline_coupling(2, seed=0, **FLOW_KW), None)
    curve = res["curve"] if res is not None else []  # a crashed run resumes: its checkpoint holds the last measured step
    for s in range(curve[-1]["step"] + EVERY if curve else EVERY, STEPS + 1, EVERY):
        h = fit_energy(q, TARGETS[name], s, ardae=dae, batch=1024, antithetic=ANTITHETIC, anneal_steps=ANNEAL, lr_halve_every=HALVE, log_every=25,
                       checkpoint=ck_dir / (f"{name}.pt" if KIND == "implicit" else f"{KIND}_{name}.pt"), progress=False, generator=g)
        r = evaluate(q, name, n=N_TV, n_knn=N_KNN, generator=make_generator(3))
        curve.append(dict(step=s, cpu=h["cpu_time"][-1], **r))
        print(f"{time.strftime('%H:%M:%S')} {KIND} {name} step {s}: cpu {h['cpu_time'][-1] / 60:.1f} min, TV {r['tv']:.3f}, "
              f"H(p) - H(q) {r['h_p'] - r['h_knn']:.3f}, KL {r['kl']:.3f}", flush=True)
        torch.save(dict(config=dict(steps=s, antithetic=ANTITHETIC, every=EVERY, anneal=ANNEAL, halve=HALVE, batch=1024, n_tv=N_TV, n_knn=N_KNN),
                        curve=curve, sampler=q.state_dict(), ardae=dae and dae.state_dict(), history=h.state_dict()), f)
