extension TemplateSet {
    /// The built-in templates (embedded copies of `templates/`), overridden file by file by
    /// the `*.mustache` files in `overrides`, in order.
    public static func builtin(overriddenBy overrides: [String] = []) throws(TemplateError) -> TemplateSet {
        var sources: [String: TemplateSource] = [:]
        for (name, text) in BuiltinTemplates.all {
            sources[name] = TemplateSource(path: "templates/\(name).mustache", text: text, isBuiltin: true)
        }
        if !overrides.isEmpty {
            let user = try TemplateSet.load(from: overrides)
            sources.merge(user.sources) { _, override in override }
        }
        return try TemplateSet(sources: sources)
    }
}
