# Shell functions for scripts that compile a generated Swift client in a package of its own
# (bench-client-build.sh, zstack-parts-check.sh). Source it; it defines functions only.

# The `.target(...)` lines that a split client's MODULES.md lists, as generated.
split_client_targets() {
    sed -n '/^```swift$/,/^```$/p' "$1" | sed '1d;$d'
}

# A Package.swift named $1 with the targets $2, depending on swift-openapi-runtime and
# swift-http-types at the versions the generated code is built against.
client_package_manifest() {
    cat <<MANIFEST
// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "$1",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
$2
    ],
    swiftLanguageModes: [.v6]
)
MANIFEST
}
