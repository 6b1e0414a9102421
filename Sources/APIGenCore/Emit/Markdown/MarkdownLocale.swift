/// One locale of the docs: which API text it shows and the page's own words.
public struct MarkdownLocale: Sendable, Hashable {
    /// The locale identifier from `api.locales` (`en`, `zh-CN`); also its folder name.
    public var identifier: String
    /// Where text missing in this locale comes from: the default locale first, then the
    /// other locales in `api.locales` order.
    public var fallbacks: [String]
    public var strings: MarkdownStrings

    public init(identifier: String, locales: [String]) {
        self.identifier = identifier
        self.fallbacks = locales.filter { $0 != identifier }
        self.strings = MarkdownStrings.forLocale(identifier)
    }

    /// Every locale of the API, default first.
    public static func all(for settings: APISettings) -> [MarkdownLocale] {
        let locales = settings.locales.isEmpty ? [settings.defaultLocale] : settings.locales
        return locales.map { MarkdownLocale(identifier: $0, locales: locales) }
    }

    /// The text in this locale, else in the first fallback that has it; empty when none does.
    public func text(_ text: LocalizedText) -> String {
        text.text(in: identifier, fallbacks: fallbacks) ?? ""
    }
}
