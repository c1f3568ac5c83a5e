#!/usr/bin/env bash
# Builds and runs the README's library example as an outside package
# would: a package of its own that depends on this one by path, with the
# README's second Swift block as its main.swift. Run from the repository
# root (the example reads graphs/vasterbotten.yaml); `make readme-example`.
set -euo pipefail
root="$(pwd)"
work="${README_EXAMPLE_DIR:-$root/.build-readme-example}"
mkdir -p "$work/Sources/ReadmeExample"
# The second ```swift block of README.md (the first is the Package.swift line).
awk '/^```swift$/ { n++; inside = (n == 2); next } /^```$/ { inside = 0 } inside' README.md \
  > "$work/Sources/ReadmeExample/main.swift"
if ! [ -s "$work/Sources/ReadmeExample/main.swift" ]; then
  echo "readme-example: README.md has no second Swift block" >&2
  exit 1
fi
cat > "$work/Package.swift" <<SWIFT
// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "ReadmeExample",
    platforms: [.macOS(.v14)],
    dependencies: [.package(path: "$root")],
    targets: [
        .executableTarget(
            name: "ReadmeExample",
            dependencies: [
                .product(name: "PartnerRegistry", package: "$(basename "$root")"),
                .product(name: "CollaborationMap", package: "$(basename "$root")"),
            ]
        ),
    ]
)
SWIFT
if ! swift build --package-path "$work" -c debug > "$work/build.log" 2>&1; then
  grep -v '^\[' "$work/build.log" >&2
  echo "readme-example: the README's library example does not build against this package (above)" >&2
  exit 1
fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
cp -r graphs "$out/"
(cd "$out" && "$work/.build/debug/ReadmeExample")
test -s "$out/karta.svg"
echo "readme-example: the README's library example built against this package and ran; it wrote karta.svg"
