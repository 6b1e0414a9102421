import Foundation

/// A spec file's path and bytes. The core never reads the disk itself beyond `SpecSource.collect`.
public struct SpecSource: Sendable, Hashable {
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// Every `*.yaml` / `*.yml` file at or below `paths` (each a folder or a file), sorted by
    /// path; hidden files and folders (a name starting with `.`) are left out. A path that does
    /// not exist, or a folder that cannot be read, is reported as an error.
    public static func collect(_ paths: [String]) -> (sources: [SpecSource], errors: [String]) {
        var found: Set<String> = []
        var errors: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
                errors.append("no such file or folder: \(path)")
                continue
            }
            if !isFolder.boolValue {
                found.insert(path)
                continue
            }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            guard let walked = FolderWalk.files(in: path, including: Self.isSpecFileName) else {
                errors.append("cannot read folder: \(path)")
                continue
            }
            for relative in walked.paths { found.insert(base + "/" + relative) }
            errors += walked.unreadable.map { "cannot read folder: \($0)" }
        }
        // Reading thousands of small files is mostly waiting on the kernel: on every core.
        let paths = found.sorted()
        let contents = ParallelMap.map(count: paths.count, parallelism: ParallelMap.defaultParallelism) { index in
            FileBytes.read(paths[index])
        }
        var sources: [SpecSource] = []
        for (path, bytes) in zip(paths, contents) {
            guard let bytes else {
                errors.append("cannot read file: \(path)")
                continue
            }
            sources.append(SpecSource(path: path, bytes: bytes))
        }
        return (sources, errors)
    }

    /// Whether a file name (its UTF-8 bytes) ends in `.yaml` or `.yml`.
    static func isSpecFileName(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        name.count > 4 && (name.suffix(5).elementsEqual(".yaml".utf8) || name.suffix(4).elementsEqual(".yml".utf8))
    }
}
