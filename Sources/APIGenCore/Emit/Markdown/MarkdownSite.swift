/// What every page of the docs needs to know about the whole API: the model, its types by
/// name, the locales and who uses each type. Built once per emit.
struct MarkdownSite {
    var model: APIModel
    var locales: [MarkdownLocale]
    var usage: MarkdownTypeUsage
    /// The replies shown for endpoints whose documentation has no response example.
    var synthesizer: ResponseSynthesizer
    private var typesByName: [String: NamedType]
    /// The link to each type's page from the folder of every endpoint and type page, per locale
    /// (folder -> type name -> link): table rows link to types all the time, and working out
    /// a relative link each time was a tenth of the Markdown pages' time.
    private var typePageLinks: [String: [String: String]] = [:]

    /// - Parameter only: the locales to write, in the API's order (default: all of them).
    init(_ model: APIModel, only: [String]? = nil) {
        self.model = model
        self.locales = MarkdownLocale.all(for: model.settings).filter { only?.contains($0.identifier) ?? true }
        let typesByName = Dictionary(model.types.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        self.typesByName = typesByName
        self.usage = MarkdownTypeUsage(model, types: typesByName)
        self.synthesizer = ResponseSynthesizer(model: model)
        for locale in locales {
            let pages = [MarkdownLayout.endpoint("_", locale: locale.identifier), MarkdownLayout.type("_", locale: locale.identifier)]
            for page in pages {
                let folder = String(Self.folder(of: page))
                for type in model.types {
                    typePageLinks[folder, default: [:]][type.name] = MarkdownLayout.link(from: page, to: MarkdownLayout.type(type.name, locale: locale.identifier))
                }
            }
        }
    }

    func type(named name: String) -> NamedType? { typesByName[name] }

    /// The links from the page at `page` to the type pages of `locale`: look the folder up once
    /// per page, then each link by the type's name alone.
    func typePageLinks(from page: String, locale: String) -> TypePageLinks {
        TypePageLinks(page: page, locale: locale, links: typePageLinks[String(Self.folder(of: page))] ?? [:])
    }

    /// The links from one page to type pages.
    struct TypePageLinks {
        var page: String
        var locale: String
        /// Type name -> link, for the page's folder.
        var links: [String: String]

        /// The link to the page of the type `name`.
        func link(to name: String) -> String {
            links[name] ?? MarkdownLayout.link(from: page, to: MarkdownLayout.type(name, locale: locale))
        }
    }

    /// A page path's folder, without the slash (a relative link depends on nothing else of it).
    private static func folder(of page: String) -> Substring {
        page.lastIndex(of: "/").map { page[..<$0] } ?? ""
    }

    /// The API's title in `locale`, as plain text.
    func title(in locale: MarkdownLocale) -> String {
        let text = locale.text(model.settings.title)
        return text.isEmpty ? model.settings.name : text
    }
}
