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
        // Files load and decode independently, so both run on every core; their results are
        // gathered in path order, as one thread would have produced them.
        let sorted = sources.sorted(by: { $0.path < $1.path })
        let loader = loader
        let loaded = ParallelMap.map(count: sorted.count, parallelism: ParallelMap.defaultParallelism) { index in
            Swift.Result { () throws(YAMLLoader.Failure) in try loader.load(sorted[index].bytes, path: sorted[index].path) }
        }
        var roots: [(path: String, root: YAMLNode)] = []
        for (source, result) in zip(sorted, loaded) {
            switch result {
            case .success(let root): roots.append((source.path, root))
            case .failure(let error): diagnostics.append(contentsOf: error.diagnostics)
            }
        }
        // The API settings first: every other file's text needs the locales.
        var settings: APISettings?
        for (path, root) in roots {
            let (decoded, _) = SpecDecoder.decodeSettings(root, path: path)
            if settings == nil, let decoded { settings = decoded.settings }
        }
        let trees = roots, apiSettings = settings
        let decoded = ParallelMap.map(count: trees.count, parallelism: ParallelMap.defaultParallelism) { index in
            SpecDecoder.decode(trees[index].root, path: trees[index].path, settings: apiSettings)
        }
        var files: [SpecFile] = []
        for (file, found) in decoded {
            files.append(file)
            diagnostics.append(contentsOf: found)
        }
        let (model, resolved) = ModelResolver.resolve(files)
        diagnostics.append(contentsOf: resolved)
        return Result(model: model, diagnostics: diagnostics.sorted)
    }
}
