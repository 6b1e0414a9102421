// swift-tools-version: 6.2
import PackageDescription

// Compiles the generated clients, servers and mocks of this repository in targets whose default isolation is the
// main actor, as new Xcode 26 app targets are (`.defaultIsolation(MainActor.self)`), and an app target that uses
// them. The sources are the checked-in generated folders, reached through the symbolic links in Sources/.
// CI builds it (`make mainactor-check`); any warning in it fails the run.
let package = Package(
    name: "MainActorCheck",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        generated("ZStackClient"),
        generated("ZStackServer", ["ZStackClient"]),
        generated("ZStackMock", ["ZStackClient", "ZStackServer"]),
        generated("FixtureAPI"),
        generated("FixtureServer", ["FixtureAPI"]),
        generated("FixtureMock", ["FixtureAPI", "FixtureServer"]),
        generated("MatrixAPI"),
        generated("MatrixServer", ["MatrixAPI"]),
        generated("MatrixMock", ["MatrixAPI", "MatrixServer"]),
        .target(
            name: "App",
            dependencies: ["ZStackClient", "ZStackServer", "ZStackMock", "FixtureAPI", "MatrixAPI", "MatrixServer", "MatrixMock"]
                + runtime,
            swiftSettings: mainActorByDefault
        ),
    ],
    swiftLanguageModes: [.v6]
)

/// A target of generated code, with the settings that generated code must compile under.
@MainActor func generated(_ name: String, _ dependencies: [Target.Dependency] = []) -> Target {
    .target(name: name, dependencies: dependencies + runtime, swiftSettings: mainActorByDefault)
}

var runtime: [Target.Dependency] {
    [
        .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
    ]
}

var mainActorByDefault: [SwiftSetting] {
    [
        .defaultIsolation(MainActor.self),
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("InternalImportsByDefault"),
        .enableUpcomingFeature("MemberImportVisibility"),
    ]
}
