/// One output file, planned in memory before anything touches the disk.
public struct GeneratedFile: Hashable, Sendable {
    /// The path below the emitter's output folder, with `/` separators.
    public var path: String
    public var contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}
