/// Documentation text in one or more locales (`{en: ..., zh-CN: ...}`).
public struct LocalizedText: Hashable, Sendable {
    /// Locale identifier -> text, as written in the spec.
    public var translations: [String: String]

    public init(_ translations: [String: String] = [:]) { self.translations = translations }

    public static let empty = LocalizedText()

    public var isEmpty: Bool { translations.isEmpty }

    /// The text in `locale`, else in the first of `fallbacks` that has it.
    public func text(in locale: String, fallbacks: [String]) -> String? {
        // Most text is written in one locale, which is then the answer whatever is asked.
        if translations.count < 2 { return translations.first?.value }
        if let text = translations[locale] { return text }
        for fallback in fallbacks { if let text = translations[fallback] { return text } }
        return translations.keys.sorted().first.flatMap { translations[$0] }
    }
}
