/// Emits Markdown documentation: for each locale of the API an index, one page per
/// endpoint and one per named type, plus a README that links the locales (see
/// `MarkdownLayout`). Templates: `markdown/readme`, `markdown/index`, `markdown/endpoint`,
/// `markdown/type` and their partials.
public struct MarkdownEmitter: Emitter {
    public static let name = "markdown"

    /// The locales to write; nil writes every locale of the API.
    public var locales: [String]?

    public init(locales: [String]? = nil) { self.locales = locales }

    /// Every page, sorted by path; the same model gives the same bytes.
    public func emit(_ model: APIModel, templates: TemplateSet) throws(TemplateError) -> [GeneratedFile] {
        let site = MarkdownSite(model, only: locales)
        var files = [try page(MarkdownLayout.readme, "markdown/readme", MarkdownReadmePage.make(site), templates)]
        for locale in site.locales {
            let (index, anchors) = MarkdownIndexPage.make(site, locale: locale)
            files.append(try page(MarkdownLayout.index(locale.identifier), "markdown/index", index, templates))
            for endpoint in model.endpoints {
                let model = MarkdownEndpointPage.make(endpoint, site: site, locale: locale, anchors: anchors)
                files.append(try page(MarkdownLayout.endpoint(endpoint.operationID, locale: locale.identifier), "markdown/endpoint", model, templates))
            }
            for type in model.types {
                let model = MarkdownTypePage.make(type, site: site, locale: locale, anchors: anchors)
                files.append(try page(MarkdownLayout.type(type.name, locale: locale.identifier), "markdown/type", model, templates))
            }
        }
        return files.sorted { $0.path < $1.path }
    }

    /// Renders one page, ending it with exactly one newline.
    private func page(_ path: String, _ template: String, _ model: Any, _ templates: TemplateSet) throws(TemplateError) -> GeneratedFile {
        var text = try templates.render(template, model)
        while text.hasSuffix("\n") { text.removeLast() }
        return GeneratedFile(path: path, contents: text + "\n")
    }
}
