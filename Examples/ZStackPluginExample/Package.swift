// swift-tools-version: 6.1
import PackageDescription

// An example of a package that generates its ZStack client at build time with apigen's
// build tool plugin: the specs live in Sources/ZStackAPI/api-specs, nothing generated is
// checked in. Build it with `swift build` (or `swift test`) in this folder.
let package = Package(
    name: "ZStackPluginExample",
    platforms: [.macOS(.v14)],
    dependencies: [
        // In your own package: .package(url: "<apigen's repository>", from: "0.1.0").
        .package(name: "apigen", path: "../.."),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        .target(
            name: "ZStackAPI",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            plugins: [.plugin(name: "APIGenBuildPlugin", package: "apigen")]
        ),
        .testTarget(
            name: "ZStackAPITests",
            dependencies: [
                "ZStackAPI",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
