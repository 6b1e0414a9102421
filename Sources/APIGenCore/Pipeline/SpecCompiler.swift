/// The front end: spec sources in, the API model and every diagnostic out (the first stages of
/// `Pipeline`: load, decode, resolve).
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

    /// Runs the front end's stages of `Pipeline`: `load` and `decode` on every core, gathered in
    /// path order as one thread would have produced them; the settings first, then `resolve`.
    public func compile(_ sources: [SpecSource]) -> Result {
        var diagnostics = DiagnosticCollector()
        let sorted = sources.sorted(by: { $0.path < $1.path })
        let loader = loader
        let documents = ParallelMap.map(count: sorted.count, parallelism: ParallelMap.defaultParallelism) { index in
            Pipeline.load(sorted[index], with: loader)
        }
        var roots: [(path: String, root: YAMLNode)] = []
        for document in documents {
            switch document.root {
            case .success(let root): roots.append((document.path, root))
            case .failure(let error): diagnostics.append(contentsOf: error.diagnostics)
            }
        }
        let settings = Pipeline.settings(of: documents)
        let trees = roots
        let decoded = ParallelMap.map(count: trees.count, parallelism: ParallelMap.defaultParallelism) { index in
            Pipeline.decode(trees[index].root, path: trees[index].path, settings: settings)
        }
        var files: [SpecFile] = []
        for (file, found) in decoded {
            files.append(file)
            diagnostics.append(contentsOf: found)
        }
        let (model, resolved) = Pipeline.resolve(files)
        diagnostics.append(contentsOf: resolved)
        return Result(model: model, diagnostics: diagnostics.sorted)
    }
}
