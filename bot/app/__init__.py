"""Commands and long-running parts built on the pipeline: service, demo, health, status, feeds."""
