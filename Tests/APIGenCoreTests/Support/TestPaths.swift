import Foundation

/// Folders the tests read, found from this source file's own path so that no test depends
/// on the working directory or on bundled resources.
enum TestPaths {
    /// `Tests/APIGenCoreTests`.
    static let testTarget: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()

    /// The package's root folder (the one holding `Package.swift`).
    static let packageRoot: URL = testTarget
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// `Tests/APIGenCoreTests/Fixtures`; diagnostics of fixtures are printed relative to it.
    static let fixtures: URL = testTarget.appendingPathComponent("Fixtures")

    /// The repository's own specs.
    static let apiSpecs: URL = packageRoot.appendingPathComponent("api-specs")

    /// `path` resolved against `base` unless it is already absolute.
    static func resolve(_ path: String, against base: URL) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : base.appendingPathComponent(path)
    }
}
