// swift-tools-version: 6.1
import PackageDescription

// The whole ZStack Cloud REST API as a Swift SDK: api-specs/ is written by
// `apigen import zstack-doc` from ZStack's documentation source, and the client, server stubs and
// mock in Sources/ by `apigen generate` (see README.md). The generated sources are checked in, so
// the SDK's users build it with nothing but the Swift toolchain: no apigen, no libyaml.
let package = Package(
    name: "ZStackSDK",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "ZStackSDK", targets: ["ZStackSDK"]),
        .library(name: "ZStackSDKServer", targets: ["ZStackSDKServer"]),
        .library(name: "ZStackSDKMock", targets: ["ZStackSDKMock"]),
        .executable(name: "zstack-sdk-mock", targets: ["zstack-sdk-mock"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-openapi-urlsession", from: "1.4.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-openapi-hummingbird", from: "2.1.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        // The client: one file per endpoint and per type.
        .target(
            name: "ZStackSDK",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: generatedCodeSettings
        ),
        // The server stubs: a handler protocol served on any swift-openapi ServerTransport.
        .target(
            name: "ZStackSDKServer",
            dependencies: [
                "ZStackSDK",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: generatedCodeSettings
        ),
        // The mock: answers every endpoint with a reply synthesized from its documented fields.
        .target(
            name: "ZStackSDKMock",
            dependencies: ["ZStackSDK", "ZStackSDKServer"],
            swiftSettings: generatedCodeSettings
        ),
        .executableTarget(
            name: "zstack-sdk-mock",
            dependencies: [
                "ZStackSDKMock",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "OpenAPIHummingbird", package: "swift-openapi-hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ]
        ),
        .testTarget(
            name: "ZStackSDKTests",
            dependencies: [
                "ZStackSDK",
                "ZStackSDKMock",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "OpenAPIHummingbird", package: "swift-openapi-hummingbird"),
                .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)

var generatedCodeSettings: [SwiftSetting] {
    [
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("InternalImportsByDefault"),
        .enableUpcomingFeature("MemberImportVisibility"),
    ]
}
