extension TemplateSet {
    /// The built-in templates (embedded copies of `templates/`), overridden file by file by
    /// the `*.mustache` files in `overrides`, in order.
    public static func builtin(overriddenBy overrides: [String] = []) throws(TemplateError) -> TemplateSet {
        try TemplateSet(sources: builtinSources(overriddenBy: overrides))
    }

    /// The texts `builtin(overriddenBy:)` parses, read but not parsed.
    public static func builtinSources(overriddenBy overrides: [String] = []) throws(TemplateError) -> [String: TemplateSource] {
        var sources: [String: TemplateSource] = [:]
        for (name, text) in BuiltinTemplates.all {
            sources[name] = TemplateSource(path: "templates/\(name).mustache", text: text, isBuiltin: true)
        }
        if !overrides.isEmpty {
            sources.merge(try TemplateSet.sources(in: overrides)) { _, override in override }
        }
        return sources
    }
}
