/// What every page of the docs needs to know about the whole API: the model, its types by
/// name, the locales and who uses each type. Built once per emit.
struct MarkdownSite {
    var model: APIModel
    var locales: [MarkdownLocale]
    var usage: MarkdownTypeUsage
    private var typesByName: [String: NamedType]

    /// - Parameter only: the locales to write, in the API's order (default: all of them).
    init(_ model: APIModel, only: [String]? = nil) {
        self.model = model
        self.locales = MarkdownLocale.all(for: model.settings).filter { only?.contains($0.identifier) ?? true }
        let typesByName = Dictionary(model.types.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        self.typesByName = typesByName
        self.usage = MarkdownTypeUsage(model, types: typesByName)
    }

    func type(named name: String) -> NamedType? { typesByName[name] }

    /// The API's title in `locale`, as plain text.
    func title(in locale: MarkdownLocale) -> String {
        let text = locale.text(model.settings.title)
        return text.isEmpty ? model.settings.name : text
    }
}
