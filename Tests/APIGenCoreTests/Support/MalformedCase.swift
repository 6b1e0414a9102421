import APIGenCore
import Foundation

/// One case of the malformed corpus in `Fixtures/malformed/`: a single `NAME.yaml` or a folder
/// `NAME/`, with the diagnostics it must produce in `NAME.expected`.
///
/// Every case is compiled together with the clean base in `Fixtures/malformed-base/`, so
/// that examples and types can be checked. A folder case overlays the base: a file at the
/// same path relative to the case folder (`api.yaml`) replaces the base's file.
struct MalformedCase: Sendable, CustomStringConvertible {
    static let folder = TestPaths.fixtures.appendingPathComponent("malformed")
    static let base = TestPaths.fixtures.appendingPathComponent("malformed-base")

    /// The case's name: the file name without `.yaml`, or the folder's name.
    let name: String
    /// The case's file or folder.
    let url: URL

    var description: String { name }

    /// Where the golden diagnostics live.
    var expectedURL: URL { Self.folder.appendingPathComponent("\(name).expected") }

    /// Every case, sorted by name.
    static var all: [MalformedCase] {
        let entries = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: [.isDirectoryKey])) ?? []
        return entries.compactMap { url -> MalformedCase? in
            let isFolder = (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) ?? false
            if isFolder { return MalformedCase(name: url.lastPathComponent, url: url) }
            guard url.pathExtension == "yaml" else { return nil }
            return MalformedCase(name: url.deletingPathExtension().lastPathComponent, url: url)
        }
        .sorted { $0.name < $1.name }
    }

    /// The base's spec files, named relative to `Fixtures/`.
    static var baseSources: [SpecSource] { SpecFolder.sources(at: base, relativeTo: TestPaths.fixtures) }

    /// The case's files and the base's files it does not replace, named relative to `Fixtures/`.
    var sources: [SpecSource] {
        let own = SpecFolder.sources(at: url, relativeTo: TestPaths.fixtures)
        let ownFolder = "malformed/\(name)/", baseFolder = "malformed-base/"
        let replaced = Set(own.filter { $0.path.hasPrefix(ownFolder) }.map { $0.path.dropFirst(ownFolder.count) })
        return Self.baseSources.filter { !replaced.contains($0.path.dropFirst(baseFolder.count)) } + own
    }

    /// The compiler's diagnostics, one `path:line:column: severity: message` per line.
    func diagnosticsText() -> String {
        SpecCompiler().compile(sources).diagnostics.map(\.formatted).joined(separator: "\n")
    }
}
