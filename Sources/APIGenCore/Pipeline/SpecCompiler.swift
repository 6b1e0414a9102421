/// The front end: spec sources in, the API model and every diagnostic out.
///
///     sources --YAMLLoader--> node trees --SpecDecoder--> SpecFiles --ModelResolver--> APIModel
public struct SpecCompiler: Sendable {
    public var loader: YAMLLoader

    public init(loader: YAMLLoader = YAMLLoader()) { self.loader = loader }

    public struct Result: Sendable {
        /// The model; emitters may use it only when `hasErrors` is false.
        public var model: APIModel
        /// Sorted by file and position, without repeats.
        public var diagnostics: [Diagnostic]

        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
        public var errorCount: Int { diagnostics.count { $0.severity == .error } }
        public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
    }

    public func compile(_ sources: [SpecSource]) -> Result {
        var diagnostics = DiagnosticCollector()
        var roots: [(path: String, root: YAMLNode)] = []
        for source in sources.sorted(by: { $0.path < $1.path }) {
            do {
                roots.append((source.path, try loader.load(source.bytes, path: source.path)))
            } catch {
                diagnostics.append(contentsOf: error.diagnostics)
            }
        }
        // The API settings first: every other file's text needs the locales.
        var settings: APISettings?
        for (path, root) in roots {
            let (decoded, _) = SpecDecoder.decodeSettings(root, path: path)
            if settings == nil, let decoded { settings = decoded.settings }
        }
        var files: [SpecFile] = []
        for (path, root) in roots {
            let (file, found) = SpecDecoder.decode(root, path: path, settings: settings)
            files.append(file)
            diagnostics.append(contentsOf: found)
        }
        let (model, found) = ModelResolver.resolve(files)
        diagnostics.append(contentsOf: found)
        return Result(model: model, diagnostics: diagnostics.sorted)
    }
}
