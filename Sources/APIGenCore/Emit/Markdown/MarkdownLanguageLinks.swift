/// The line that offers a page in the other locales: `English · [简体中文](../../zh-CN/...)`.
enum MarkdownLanguageLinks {
    /// Empty when the API has one locale. `pagePath` gives a locale's copy of the page.
    static func line(current: MarkdownLocale, locales: [MarkdownLocale], pagePath: (String) -> String) -> String {
        guard locales.count > 1 else { return "" }
        let here = pagePath(current.identifier)
        let items = locales.map { locale in
            let name = MarkdownText.inline(locale.strings.languageName)
            if locale.identifier == current.identifier { return "**\(name)**" }
            return "[\(name)](\(MarkdownLayout.link(from: here, to: pagePath(locale.identifier))))"
        }
        return items.joined(separator: " · ")
    }
}
