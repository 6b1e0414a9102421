/// One output file, planned in memory before anything touches the disk.
public struct GeneratedFile: Hashable, Sendable {
    /// The path below the emitter's output folder, with `/` separators.
    public var path: String
    public var contents: String
    /// The spec file the contents come from (nil for support code that no spec owns); used to
    /// lay files out one per spec file for build plugins.
    public var specFile: String?

    public init(path: String, contents: String, specFile: String? = nil) {
        self.path = path
        self.contents = contents
        self.specFile = specFile
    }
}
