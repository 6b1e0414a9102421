/// Emits Markdown documentation: for each locale of the API an index, one page per
/// endpoint and one per named type, a page on query conditions and paging when endpoints
/// follow `api.queries`, plus a README that links the locales (see `MarkdownLayout`).
/// Templates: `markdown/readme`, `markdown/index`, `markdown/queries`, `markdown/endpoint`,
/// `markdown/type` and their partials.
public struct MarkdownEmitter: Emitter {
    public static let name = "markdown"

    /// The locales to write; nil writes every locale of the API.
    public var locales: [String]?

    /// How many pages to render at once.
    public var parallelism: Int

    public init(locales: [String]? = nil, parallelism: Int = ParallelRenderer.defaultParallelism) {
        self.locales = locales
        self.parallelism = parallelism
    }

    /// One job per page; the same model gives the same bytes.
    public func renderJobs(_ model: APIModel, templates: TemplateSet) -> [ParallelRenderer.Job] {
        let site = MarkdownSite(model, only: locales)
        var jobs: [ParallelRenderer.Job] = [
            { try Self.page(MarkdownLayout.readme, "markdown/readme", MarkdownReadmePage.make(site), templates) }
        ]
        for locale in site.locales {
            let (index, anchors) = MarkdownIndexPage.make(site, locale: locale)
            jobs.append { try Self.page(MarkdownLayout.index(locale.identifier), "markdown/index", index, templates) }
            if let queries = MarkdownQueriesPage.make(site, locale: locale) {
                jobs.append { try Self.page(MarkdownLayout.queries(locale.identifier), "markdown/queries", queries, templates) }
            }
            for endpoint in model.endpoints {
                jobs.append {
                    let page = MarkdownEndpointPage.make(endpoint, site: site, locale: locale, anchors: anchors)
                    let path = MarkdownLayout.endpoint(endpoint.operationID, locale: locale.identifier)
                    return try Self.page(path, "markdown/endpoint", page, templates, specFile: endpoint.file)
                }
            }
            for type in model.types {
                jobs.append {
                    let page = MarkdownTypePage.make(type, site: site, locale: locale, anchors: anchors)
                    let path = MarkdownLayout.type(type.name, locale: locale.identifier)
                    return try Self.page(path, "markdown/type", page, templates, specFile: type.origin.location.file)
                }
            }
        }
        return jobs
    }

    /// Renders one page, ending it with exactly one newline.
    private static func page(
        _ path: String, _ template: String, _ model: some TemplateObject, _ templates: TemplateSet, specFile: String? = nil
    ) throws(TemplateError) -> GeneratedFile {
        var text = try templates.render(template, model)
        while text.hasSuffix("\n") { text.removeLast() }
        return GeneratedFile(path: path, contents: text + "\n", specFile: specFile)
    }
}
