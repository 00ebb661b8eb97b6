#!/usr/bin/python3
"""Writes uscc.tsv: unified social credit codes (统一社会信用代码, GB 32100-2015) and whether
python-stdnum (Debian's python3-stdnum), an implementation independent of ClueDesk's, finds them
valid. Run: /usr/bin/python3 tests/data/identity/make-uscc.py  (commit the .tsv).
Columns: the code as written, then its compact form if valid or "invalid"."""
import os, random
from stdnum.cn import uscc

ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
rng = random.Random(32100)
rows = []
def code():
    head = rng.choice('159') + rng.choice('1239') + ''.join(rng.choice('0123456789') for _ in range(6))
    body = head + ''.join(rng.choice(ALPHABET) for _ in range(9))
    return body + uscc.calc_check_digit(body)
for _ in range(200):
    rows.append(code())
for _ in range(200):  # one character changed: stdnum decides whether it still holds
    c = list(code())
    i = rng.randrange(18)
    c[i] = rng.choice(ALPHABET + 'IOSVZ')
    rows.append(''.join(c))
for _ in range(50):  # two characters swapped
    c = list(code())
    i = rng.randrange(17)
    c[i], c[i + 1] = c[i + 1], c[i]
    rows.append(''.join(c))
for _ in range(30):  # written with spaces, dashes or in lower case
    c = code()
    rows.append(rng.choice([c.lower(), c[:2] + ' ' + c[2:8] + ' ' + c[8:], c[:8] + '-' + c[8:]]))
rows += ['91110000600037341L', '9111000060003734', '911100006000373411L', '']
with open(os.path.join(os.path.dirname(__file__), 'uscc.tsv'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(r + '\t' + (uscc.compact(r) if uscc.is_valid(r) else 'invalid') + '\n')
