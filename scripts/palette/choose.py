"""Chooses the map's organisation fills: ten light colours that any two
differ by CIEDE2000 ΔE >= 10, and by >= 6 under simulated deuteranopia and
protanopia (Machado et al. 2009, severity 1), each keeping a WCAG contrast
of at least 4.5:1 for the label colour. Candidates are soft tints:
CIELAB lightness 66–93 and chroma at most 42.

Run:  .venv/bin/python scripts/palette/choose.py
It prints the palette as Swift array lines for MapTheme.organisationPalette
and the minima it reached. Deterministic (fixed seed); needs colour-science
(scripts/requirements-test.txt)."""

import itertools
import warnings

import numpy as np

warnings.filterwarnings("ignore")
import colour  # noqa: E402

TEXT = "#1F2D3A"
COUNT = 10
RNG = np.random.default_rng(20261207)

DEUTAN = colour.blindness.matrix_cvd_Machado2009("Deuteranomaly", 1.0)
PROTAN = colour.blindness.matrix_cvd_Machado2009("Protanomaly", 1.0)


def srgb(hexcode):
    return np.array([int(hexcode[i:i + 2], 16) / 255 for i in (1, 3, 5)])


def lab(rgb):
    xyz = colour.sRGB_to_XYZ(rgb)
    return colour.XYZ_to_Lab(xyz)


def simulate(rgb, matrix):
    linear = colour.cctf_decoding(rgb, function="sRGB")
    out = np.clip(linear @ matrix.T, 0, 1)
    return colour.cctf_encoding(out, function="sRGB")


def luminance(rgb):
    linear = colour.cctf_decoding(rgb, function="sRGB")
    return float(linear @ np.array([0.2126, 0.7152, 0.0722]))


def contrast(a, b):
    la, lb = sorted([luminance(a), luminance(b)], reverse=True)
    return (la + 0.05) / (lb + 0.05)


def hexcode(rgb):
    return "#" + "".join(f"{int(round(c * 255)):02X}" for c in rgb)


def candidates(n):
    """Random in-gamut sRGB colours light enough for the label colour."""
    text = srgb(TEXT)
    out = []
    while len(out) < n:
        rgb = np.round(RNG.random(3) * 255) / 255
        if contrast(rgb, text) < 4.5:
            continue
        lightness, a, b = lab(rgb)
        # Light and soft, as print tints go: apart from the white page,
        # and no colour loud enough to outweigh the others.
        if not 66 <= lightness <= 93 or np.hypot(a, b) > 42:
            continue
        out.append(rgb)
    return out


def views(rgbs):
    """CIELAB of each colour as seen normally, with deuteranopia, with protanopia."""
    rgbs = np.array(rgbs)
    return [lab(rgbs), lab(simulate(rgbs, DEUTAN)), lab(simulate(rgbs, PROTAN))]


def score_matrix(labs):
    """Every pair's worst distance relative to its threshold; >= 1 passes."""
    n = len(labs[0])
    out = np.full((n, n), np.inf)
    for view, threshold in zip(labs, (10, 6, 6)):
        for i in range(n):
            out[i] = np.minimum(out[i], colour.difference.delta_E_CIE2000(view[i][None, :], view) / threshold)
    np.fill_diagonal(out, -1)
    return out


def main():
    pool = candidates(1500)
    scores = score_matrix(views(pool))
    best, best_min = None, -1.0
    for restart in range(200):
        chosen = [int(RNG.integers(len(pool)))]
        while len(chosen) < COUNT:
            # Farthest point: the candidate whose worst pair with the chosen is best.
            worst = scores[:, chosen].min(axis=1)
            worst[chosen] = -1
            chosen.append(int(np.argmax(worst)))
        for _ in range(4):  # improve by swapping one colour at a time
            for k in range(COUNT):
                rest = chosen[:k] + chosen[k + 1:]
                worst = scores[:, rest].min(axis=1)
                worst[rest] = -1
                chosen[k] = int(np.argmax(worst))
        m = min(scores[a, b] for a, b in itertools.combinations(chosen, 2))
        if m > best_min:
            best, best_min = list(chosen), m
    colours = sorted((pool[i] for i in best), key=lambda c: -lab(c)[2])
    text = srgb(TEXT)
    for c in colours:
        print(f'        "{hexcode(c)}",  // L* {lab(c)[0]:.1f}, contrast {contrast(c, text):.2f}')
    labs = views(colours)
    for name, view in zip(("normal", "deuteranopia", "protanopia"), labs):
        d = min(colour.difference.delta_E_CIE2000(view[a], view[b]) for a, b in itertools.combinations(range(COUNT), 2))
        print(f"min ΔE2000 {name}: {d:.2f}")
    print(f"min contrast: {min(contrast(c, text) for c in colours):.2f}")


if __name__ == "__main__":
    main()
