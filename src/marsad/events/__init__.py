"""Events: who did what to whom, when, according to whom (CAMEO codes, Goldstein, PLOVER)."""
