// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "apigen",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "apigen", targets: ["apigen"]),
        .library(name: "APIGenCore", targets: ["APIGenCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // The system's libyaml (`libyaml-dev` on Debian/Ubuntu, `libyaml` on Homebrew).
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(
            name: "APIGenCore",
            dependencies: [
                "CLibYAML",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .executableTarget(
            name: "apigen",
            dependencies: [
                "APIGenCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "APIGenCoreTests",
            dependencies: ["APIGenCore"],
            exclude: ["Fixtures", "__Snapshots__"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
