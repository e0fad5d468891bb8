"""Every word of a PDF lies inside its page's printable area (pdftotext -bbox): nothing cut at the edge.
Usage: fits.py FILE.pdf [MARGIN_PT]   exit 1 and the words outside, else 0"""
import re, subprocess, sys
pdf = sys.argv[1]
margin = float(sys.argv[2]) if len(sys.argv) > 2 else 34.0  # 12 mm, the report's @page margin
out = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True, check=True).stdout
bad = []
pages = 0
for n, pg in enumerate(re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', out, re.S), 1):
    pages += 1
    w, h = float(pg.group(1)), float(pg.group(2))
    for m in re.finditer(r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">(.*?)</word>', pg.group(3)):
        x0, y0, x1, y1 = map(float, m.group(1, 2, 3, 4))
        if x0 < margin - 1 or x1 > w - margin + 1 or y1 > h or y0 < 0:
            bad.append(f"page {n} ({w:.0f}x{h:.0f}): {m.group(5)!r} at x {x0:.1f}-{x1:.1f}")
print(f"{pdf}: {pages} page(s), {len(bad)} word(s) outside")
for b in bad[:20]: print("  " + b)
sys.exit(1 if bad or pages == 0 else 0)
