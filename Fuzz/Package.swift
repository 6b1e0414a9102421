// swift-tools-version: 6.1
import PackageDescription

// The in-process libFuzzer target for apigen's spec front end (see README.md).
// Build it only with the fuzzer flags, as scripts/fuzz.sh does:
//   swift build -c release --package-path Fuzz -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library
// Without `-sanitize=fuzzer` there is no `main` and the link fails.
let package = Package(
    name: "apigen-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "apigen", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "SpecFuzzer",
            dependencies: [
                .product(name: "APIGenCore", package: "apigen"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
