/// apigen's pipeline in one place: every stage from spec files to an output's plan, each a
/// function of the value the stage before it made.
///
///     SpecSource ──load──▶ LoadedDocument ──decode──▶ SpecFile ──resolve──▶ APIModel
///     APIModel + TemplateSet ──render (an emitter's jobs)──▶ [GeneratedFile]
///     [GeneratedFile] ──arrange (the emitter)──▶ [GeneratedFile] ──plan──▶ OutputPlan
///     OutputPlan ──write (OutputWriter, in the command)──▶ the output folder
///
/// The stages know nothing of how they are run. Their callers decide that: `SpecCompiler` runs
/// `load` and `decode` on every core and gathers the results in path order; `Generator` compiles
/// each distinct spec set once, runs every output's render jobs in one pool, and skips an output
/// whose inputs the generation cache has seen unchanged.
enum Pipeline {
    /// A spec file's YAML: its node tree with line:column marks, or why it cannot be loaded.
    struct LoadedDocument: Sendable {
        var path: String
        var root: Result<YAMLNode, YAMLLoader.Failure>
    }

    /// Loads one spec file's bytes (libyaml).
    static func load(_ source: SpecSource, with loader: YAMLLoader) -> LoadedDocument {
        LoadedDocument(path: source.path, root: Result { () throws(YAMLLoader.Failure) in try loader.load(source.bytes, path: source.path) })
    }

    /// The API settings, read from the documents before anything else: every text needs the
    /// locales. The first file that declares `api:` gives them (a second is reported by `resolve`).
    static func settings(of documents: [LoadedDocument]) -> APISettings? {
        for document in documents {
            guard case .success(let root) = document.root else { continue }
            if let decoded = SpecDecoder.decodeSettings(root, path: document.path).0 { return decoded.settings }
        }
        return nil
    }

    /// Decodes one loaded document into a spec file, with the diagnostics found on the way.
    static func decode(_ root: YAMLNode, path: String, settings: APISettings?) -> (SpecFile, [Diagnostic]) {
        SpecDecoder.decode(root, path: path, settings: settings)
    }

    /// Resolves every decoded spec file into the API model, checked across files.
    static func resolve(_ files: [SpecFile]) -> (APIModel, [Diagnostic]) {
        ModelResolver.resolve(files)
    }

    /// One output's render jobs: each renders one of the emitter's files from the model.
    static func render(_ model: APIModel, with emitter: any Emitter, templates: TemplateSet) -> [ParallelRenderer.Job] {
        emitter.renderJobs(model, templates: templates)
    }

    /// The rendered files as the emitter lays them out in its output.
    static func arrange(_ files: [GeneratedFile], by emitter: any Emitter, specFiles: [String: String]) -> [GeneratedFile] {
        emitter.arrange(files, specFiles: specFiles)
    }

    /// What writing the files into `folder` would change.
    static func plan(_ files: [GeneratedFile], in folder: String) throws(OutputError) -> OutputPlan {
        try OutputPlan.make(folder: folder, files: files)
    }
}
