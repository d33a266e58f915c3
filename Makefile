# The two commands of the README, and the tooling around them.
.PHONY: run test lint bench

run:  ## set up what is missing, then serve Odoo with the addons and demo data
	bash scripts/run.sh

test:  ## every test on a throw-away database; ends with "N passed, N failed"
	bash scripts/test.sh

lint:  ## the pre-commit hooks on the whole tree
	pre-commit run --all-files

bench:  ## N orders through the sales path, plain Odoo vs the art addons
	bash scripts/bench.sh
