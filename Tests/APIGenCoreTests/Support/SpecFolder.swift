import APIGenCore
import Foundation

/// Reads spec files from disk for tests, naming them by their path relative to a chosen
/// folder, so that diagnostics print the same on every machine.
enum SpecFolder {
    /// The spec files at or below `url` (a file or a folder), through the core's own
    /// `SpecSource.collect`, with paths relative to `root`.
    static func sources(at url: URL, relativeTo root: URL) -> [SpecSource] {
        let collected = SpecSource.collect([url.path])
        precondition(collected.errors.isEmpty, "cannot read \(url.path): \(collected.errors)")
        return collected.sources.map { SpecSource(path: relativePath(of: $0.path, to: root), bytes: $0.bytes) }
    }

    /// `path` without the `root/` prefix.
    static func relativePath(of path: String, to root: URL) -> String {
        let prefix = root.path + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// The repository's own specs, named as in the repository (`api-specs/api.yaml`).
    static var apiSpecs: [SpecSource] { sources(at: TestPaths.apiSpecs, relativeTo: TestPaths.packageRoot) }
}
