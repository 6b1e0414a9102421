import APIGenTemplates

extension TemplateSet {
    /// The built-in templates (the files of `templates/`, which apigen carries in its resource
    /// bundle), overridden file by file by the `*.mustache` files in `overrides`, in order.
    public static func builtin(overriddenBy overrides: [String] = []) throws(TemplateError) -> TemplateSet {
        try TemplateSet(sources: builtinSources(overriddenBy: overrides))
    }

    /// The texts `builtin(overriddenBy:)` parses, read but not parsed.
    public static func builtinSources(overriddenBy overrides: [String] = []) throws(TemplateError) -> [String: TemplateSource] {
        guard let folder = BundledTemplates.folder else {
            throw TemplateError(diagnostics: [Diagnostic(.builtinTemplatesMissing, at: SourceLocation(file: "templates", line: 1, column: 1))])
        }
        var sources: [String: TemplateSource] = [:]
        for (name, source) in try TemplateSet.sources(in: [folder]) {
            sources[name] = TemplateSource(path: "templates/\(name).mustache", text: source.text, isBuiltin: true)
        }
        if !overrides.isEmpty {
            sources.merge(try TemplateSet.sources(in: overrides)) { _, override in override }
        }
        return sources
    }
}
