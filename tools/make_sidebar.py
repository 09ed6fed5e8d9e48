#!/usr/bin/env python
"""Write nbs/sidebar.yml: every notebook, in order (index first).

nbdev 2.4's own `nbdev_sidebar` also lists non-notebook files of `nbs/` (styles.css, nbdev.yml) because its
file filter is not applied when the docs build calls it, so `settings.ini` sets `custom_sidebar = True` and
this script writes the sidebar instead, with nbdev's own code and the filter applied. Run it after adding a
notebook; `.ci/run` checks that it leaves no diff."""
from nbdev.quarto import nbdev_sidebar

if __name__ == '__main__': nbdev_sidebar.__wrapped__(force=True, file_re=r'\.ipynb$')
