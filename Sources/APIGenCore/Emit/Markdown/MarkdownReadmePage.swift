/// The render model of the docs' `README.md`: the API's title and one link per locale.
public struct MarkdownReadmePage: Sendable {
    public var title: String
    /// `[English](en/index.md)`, one per locale.
    public var locales: [String]

    static func make(_ site: MarkdownSite) -> MarkdownReadmePage {
        let defaultLocale = site.locales.first ?? MarkdownLocale(identifier: "en", locales: ["en"])
        let links = site.locales.map { locale in
            "[\(MarkdownText.inline(site.title(in: locale))) (\(MarkdownText.inline(locale.strings.languageName)))](\(MarkdownLayout.link(from: MarkdownLayout.readme, to: MarkdownLayout.index(locale.identifier))))"
        }
        return MarkdownReadmePage(title: MarkdownText.singleLine(site.title(in: defaultLocale)), locales: links)
    }
}
