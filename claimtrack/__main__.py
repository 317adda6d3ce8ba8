from claimtrack.cli import run

run()
