#!/usr/bin/python3
# Makes data/fonts/PmdeskHansSubset-Regular.otf, the PDF's small CJK font (issue 22 speed):
# Noto Sans Hans Regular (@embedpdf/fonts-sc, SIL OFL 1.1) cut down to GB2312's symbols and
# level-1 hanzi (3,755), ASCII, Latin-1, general and CJK punctuation, fullwidth forms, and every
# character of pmdesk's own texts (src/, templates/, data/). pmdesk falls back to the full font
# for any other character (src/formats/pdf.ts), so nothing is lost.
# The OFL reserves the name "Noto Sans" for the original: this Modified Version is renamed
# "Pmdesk Hans Subset" and ships under the same licence (data/fonts/OFL.txt).
# Run from the repository root after `npm ci`: /usr/bin/python3 build/font-subset.py
# (Debian: apt-get install python3-fonttools). The output is committed; builds do not need Python.
import glob
import os
import sys

from fontTools import subset
from fontTools.ttLib import TTFont

SRC = 'node_modules/@embedpdf/fonts-sc/fonts/NotoSansHans-Regular.otf'
OUT = 'data/fonts/PmdeskHansSubset-Regular.otf'
FAMILY = 'Pmdesk Hans Subset'
PS = 'PmdeskHansSubset-Regular'

chars = set()
for lo, hi in [(0x20, 0x7E), (0xA0, 0xFF), (0x2000, 0x206F), (0x2100, 0x214F), (0x2190, 0x21FF), (0x2200, 0x22FF),
               (0x2460, 0x24FF), (0x2500, 0x257F), (0x25A0, 0x25FF), (0x2600, 0x26FF), (0x2700, 0x27BF), (0x3000, 0x303F),
               (0xFF00, 0xFFEF)]:
    chars.update(range(lo, hi + 1))
# GB2312: rows 1-9 (symbols) and 16-55 (level-1 hanzi, 3,755).
for row in list(range(0xA1, 0xAA)) + list(range(0xB0, 0xD8)):
    for cell in range(0xA1, 0xFF):
        try:
            chars.add(ord(bytes([row, cell]).decode('gb2312')))
        except UnicodeDecodeError:
            pass
for pattern in ['src/**/*.ts', 'templates/**/*', 'data/*.json']:
    for f in glob.glob(pattern, recursive=True):
        if os.path.isfile(f):
            with open(f, encoding='utf-8', errors='ignore') as fh:
                chars.update(ord(c) for c in fh.read() if ord(c) >= 0x20)

font = TTFont(SRC)
cmap = font.getBestCmap()
chars = sorted(c for c in chars if c in cmap)
opts = subset.Options()
opts.name_IDs = ['*']
opts.name_languages = ['*']
opts.notdef_outline = True
opts.desubroutinize = '--subr' not in sys.argv
# pmdesk lays text out from the cmap and advances alone (no shaping): no layout tables.
opts.layout_features = []
# vhea/vmtx stay: without them fontkit parses every glyph's outline for its vertical metrics.
opts.drop_tables += ['GSUB', 'GPOS', 'GDEF', 'BASE', 'DSIG']
sub = subset.Subsetter(opts)
sub.populate(unicodes=chars)
sub.subset(font)

# Rename (OFL §3: a Modified Version does not use the Reserved Font Name).
names = font['name']
for rec in list(names.names):
    if rec.nameID in (1, 16):
        rec.string = FAMILY
    elif rec.nameID in (4,):
        rec.string = f'{FAMILY} Regular'
    elif rec.nameID in (3,):
        rec.string = f'{PS};pmdesk'
    elif rec.nameID in (6,):
        rec.string = PS
    elif rec.nameID in (18, 20, 21):
        names.removeNames(nameID=rec.nameID)
for rec in names.names:
    if rec.nameID not in (0, 13, 14) and 'Noto' in rec.toUnicode():
        rec.string = rec.toUnicode().replace('Noto Sans CJK SC', FAMILY).replace('Noto Sans SC', FAMILY).replace('Noto Sans', FAMILY)
names.setName(f'Subset of Noto Sans Hans Regular (SIL OFL 1.1) for pmdesk PDFs: {len(chars)} characters.', 10, 3, 1, 0x409)
cff = font['CFF '].cff
old = cff.fontNames[0]
cff.fontNames = [PS]
top = cff[PS]
for k in ('FullName', 'FamilyName'):
    if hasattr(top, k):
        setattr(top, k, FAMILY if k == 'FamilyName' else f'{FAMILY} Regular')
if hasattr(top, 'FDArray'):
    for fd in top.FDArray:
        if hasattr(fd, 'FontName'):
            fd.FontName = fd.FontName.replace(old, PS)
os.makedirs(os.path.dirname(OUT), exist_ok=True)
font.save(OUT)
print(f'{OUT}: {len(chars)} characters, {os.path.getsize(OUT)} bytes (desubroutinized: {opts.desubroutinize})')
