#!/usr/bin/env python3
"""Score the shipped extractors on a development set from ../shared/eval.

usage: accuracy.py DOSSIER --set NAME --task TASK --key KEY --min VALUE [--direct-only]

Runs `dossier extract --separate` over every article of the set, scores the
output with the evaluation kit's score.py and fails when KEY (a key of
score.py's last line, a fraction) is below VALUE.  The evaluation data never
lives in the repository: without it the test skips with exit 77.
"""
import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

SKIP = 77


def eval_dir():
    explicit = os.environ.get('DOSSIER_EVAL_DIR')
    if explicit:
        return Path(explicit)
    source = Path(os.environ.get('DOSSIER_SOURCE_DIR', Path(__file__).parents[2]))
    return source.parent / 'shared' / 'eval'


def parse_keys(line):
    pairs = (item.split('=', 1) for item in line.split())
    return {key: float(value) for key, value in pairs}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('dossier')
    parser.add_argument('--set', required=True, dest='dataset')
    parser.add_argument('--task', required=True)
    parser.add_argument('--key', required=True)
    parser.add_argument('--min', required=True, type=float)
    parser.add_argument('--direct-only', action='store_true')
    args = parser.parse_args()

    root = eval_dir()
    data = root / 'dev' / args.dataset
    if not (root / 'score.py').is_file() or not (data / 'gold.jsonl').is_file():
        print(f'skip: no evaluation data at {data}')
        return SKIP

    articles = sorted(str(p) for p in (data / 'articles').glob('*.txt'))
    with tempfile.TemporaryDirectory() as tmp:
        system = Path(tmp) / 'system.jsonl'
        with open(system, 'wb') as out:
            run = subprocess.run([args.dossier, 'extract', '--separate',
                                  '--skip-invalid', *articles],
                                 stdout=out, stderr=subprocess.PIPE)
        if run.returncode != 0:
            sys.stderr.write(run.stderr.decode(errors='replace'))
            print(f'fail: dossier extract exited {run.returncode}')
            return 1
        score = [sys.executable, str(root / 'score.py'), '--task', args.task,
                 '--gold', str(data / 'gold.jsonl'), '--system', str(system)]
        if args.direct_only:
            score += ['--direct-only', '--articles', str(data / 'articles')]
        scored = subprocess.run(score, capture_output=True, text=True, check=True)

    print(scored.stdout)
    keys = parse_keys(scored.stdout.strip().splitlines()[-1])
    if args.key not in keys:
        print(f'fail: score.py printed no key {args.key}')
        return 1
    value = keys[args.key]
    verdict = 'ok' if value >= args.min else 'fail'
    print(f'{verdict}: {args.key} = {value * 100:.2f} (minimum {args.min * 100:.2f})')
    return 0 if value >= args.min else 1


if __name__ == '__main__':
    sys.exit(main())
