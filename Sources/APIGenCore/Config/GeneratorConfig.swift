/// `apigen.yaml`: where the specs are, an optional templates override folder, and one entry
/// per output (emitter, folder, options).
public struct GeneratorConfig: Sendable, Hashable {
    public static let fileName = "apigen.yaml"

    public var specs: [String]
    public var templates: String?
    public var outputs: [Output]

    public struct Output: Sendable, Hashable {
        public var emitter: String
        public var path: String
        public var options: EmitterOptions
        /// Specs for this output only, instead of the config's `specs` (test fixtures, for example).
        public var specs: [String]?

        public init(emitter: String, path: String, options: EmitterOptions = EmitterOptions(), specs: [String]? = nil) {
            self.emitter = emitter
            self.path = path
            self.options = options
            self.specs = specs
        }
    }

    public init(specs: [String], templates: String? = nil, outputs: [Output]) {
        self.specs = specs
        self.templates = templates
        self.outputs = outputs
    }

    /// Reads a config file; every mistake is a diagnostic at its position.
    public static func decode(_ bytes: [UInt8], path: String) -> (GeneratorConfig?, [Diagnostic]) {
        let root: YAMLNode
        do {
            root = try YAMLLoader().load(bytes, path: path)
        } catch {
            return (nil, error.diagnostics)
        }
        var reader = NodeReader(defaultLocale: "en", locales: [])
        guard let keys = reader.keywords(root, in: .config, allowed: ["apigen", "specs", "templates", "outputs"], required: ["apigen", "outputs"])
        else { return (nil, reader.diagnostics.sorted) }
        if let version = keys["apigen"], version.scalar != "1" {
            let found = version.scalar.map(DiagnosticMessage.Found.text) ?? .init(kindOf: version)
            reader.diagnostics.append(.unsupportedConfigVersion(found: found), at: version.location)
        }
        let specs = keys["specs"].flatMap { reader.textList($0, for: "specs") } ?? ["api-specs"]
        let templates = keys["templates"].flatMap { reader.text($0, for: "templates") }
        var outputs: [Output] = []
        if let list = keys["outputs"] {
            if let items = list.items {
                for item in items {
                    if let output = decodeOutput(item, reader: &reader) { outputs.append(output) }
                }
            } else {
                reader.diagnostics.append(.outputsNotAList, at: list.location)
            }
        }
        var seen: [String: SourceLocation] = [:]
        for (output, item) in zip(outputs, keys["outputs"]?.items ?? []) {
            if let first = seen[output.path] {
                reader.diagnostics.append(.duplicateOutputPath(output.path), at: item.location, notes: [Diagnostic(.firstOutputHere, at: first)])
            }
            seen[output.path] = item.location
        }
        let config = GeneratorConfig(specs: specs, templates: templates, outputs: outputs)
        return (reader.diagnostics.hasErrors ? nil : config, reader.diagnostics.sorted)
    }

    private static func decodeOutput(_ node: YAMLNode, reader: inout NodeReader) -> Output? {
        guard let keys = reader.keywords(node, in: .output, allowed: ["emitter", "path", "options", "specs"], required: ["emitter", "path"]),
            let emitterNode = keys["emitter"], let emitter = reader.text(emitterNode, for: "emitter"),
            let path = keys["path"].flatMap({ reader.text($0, for: "path") })
        else { return nil }
        guard EmitterRegistry.names.contains(emitter) else {
            let suggestion = Suggestions.closest(to: emitter, in: EmitterRegistry.names)
            reader.diagnostics.append(.unknownEmitter(emitter, known: EmitterRegistry.names, suggestion: suggestion), at: emitterNode.location)
            return nil
        }
        var options = EmitterOptions()
        if let optionsNode = keys["options"],
            let sub = reader.keywords(
                optionsNode, in: .outputOptions,
                allowed: [
                    "module", "access", "locales", "client-module", "server-module", "layout", "modules", "min-module-endpoints",
                    "max-module-endpoints", "flattened-methods", "format",
                ])
        {
            options.moduleName = sub["module"].flatMap { reader.text($0, for: "module") }
            options.clientModuleName = sub["client-module"].flatMap { reader.text($0, for: "client-module") }
            options.serverModuleName = sub["server-module"].flatMap { reader.text($0, for: "server-module") }
            options.layout = sub["layout"].flatMap { reader.choice($0, for: "layout", as: EmitterOptions.Layout.self) } ?? .perDeclaration
            options.accessLevel = sub["access"].flatMap { reader.choice($0, for: .accessLevel, as: EmitterOptions.AccessLevel.self) } ?? .public
            options.locales = sub["locales"].flatMap { reader.textList($0, for: "locales") }
            options.format = sub["format"].flatMap { reader.choice($0, for: "format", as: EmitterOptions.DocumentFormat.self) } ?? .yaml
            options.modules = sub["modules"].flatMap { reader.choice($0, for: "modules", as: EmitterOptions.Modules.self) } ?? .single
            options.minimumModuleEndpoints =
                sub["min-module-endpoints"].flatMap { reader.integer($0, for: "min-module-endpoints", in: 1...100_000) } ?? 1
            options.maximumModuleEndpoints =
                sub["max-module-endpoints"].flatMap { reader.integer($0, for: "max-module-endpoints", in: 1...100_000) }
            options.flattenedMethods = sub["flattened-methods"].flatMap { reader.bool($0, for: "flattened-methods") }
            for problem in EmitterRegistry.problems(with: options, for: emitter) {
                reader.diagnostics.append(problem.kind, at: (sub[problem.option] ?? optionsNode).location)
            }
        }
        let specs = keys["specs"].flatMap { reader.textList($0, for: "specs") }
        return Output(emitter: emitter, path: path, options: options, specs: specs)
    }
}
