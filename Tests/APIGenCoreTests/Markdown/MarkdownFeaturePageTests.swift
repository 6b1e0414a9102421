import APIGenCore
import Foundation
import Testing

/// The pages of a fixture that uses every feature a page can show, against goldens, plus
/// the rules behind them: locale fallback, layout, determinism.
@Suite struct MarkdownFeaturePageTests {
    static let pages = Result { try MarkdownTestSupport.emit(MarkdownTestSupport.model(MarkdownFixtureSpecs.features)) }

    static let goldenPages = [
        "en/endpoints/CreateWidget.md", "zh-CN/endpoints/CreateWidget.md", "en/endpoints/Ping.md",
        "en/index.md", "zh-CN/index.md", "en/types/Failure.md", "zh-CN/types/Color.md", "README.md",
        "en/queries.md", "zh-CN/queries.md", "en/endpoints/ListWidgets.md", "zh-CN/endpoints/ListWidgets.md",
    ]

    @Test(arguments: goldenPages)
    func pageMatchesGolden(path: String) throws {
        let page = try #require(try Self.pages.get()[path])
        let name = path.replacingOccurrences(of: "/", with: "_")
        assertMatchesSnapshot(page, at: "__Snapshots__/Markdown/features/\(name)")
    }

    @Test func layoutIsOnePagePerEndpointAndTypeInEachLocale() throws {
        var expected = ["README.md"]
        for locale in ["en", "zh-CN"] {
            expected.append("\(locale)/index.md")
            expected.append("\(locale)/queries.md")
            for endpoint in ["CreateWidget", "ListWidgets", "Ping"] { expected.append("\(locale)/endpoints/\(endpoint).md") }
            for type in ["Color", "Failure", "Part", "WidgetInventory"] { expected.append("\(locale)/types/\(type).md") }
        }
        #expect(try Self.pages.get().keys.sorted() == expected.sorted())
    }

    @Test func emittingTwiceGivesTheSameBytesWhateverTheFileOrder() throws {
        let reversed = Dictionary(uniqueKeysWithValues: MarkdownFixtureSpecs.features.map { ("z/" + String($0.key.reversed()) + ".yaml", $0.value) })
        let first = try MarkdownEmitter().emit(MarkdownTestSupport.model(MarkdownFixtureSpecs.features), templates: MarkdownTestSupport.templates())
        let second = try MarkdownEmitter().emit(MarkdownTestSupport.model(reversed), templates: MarkdownTestSupport.templates())
        // The pages, not where their specs were read from.
        #expect(first.map { [$0.path, $0.contents] } == second.map { [$0.path, $0.contents] })
    }

    @Test func textFallsBackToTheDefaultLocaleThenTheOthers() throws {
        let pages = try Self.pages.get()
        let english = try #require(pages["en/endpoints/CreateWidget.md"])
        let chinese = try #require(pages["zh-CN/endpoints/CreateWidget.md"])
        // Only zh-CN has the response description: English falls back to it.
        #expect(english.contains("成功时返回部件。"))
        // Given in both: each locale shows its own.
        #expect(english.contains("# Create Widget") && chinese.contains("# 创建部件"))
        #expect(english.contains("Use CreateGadget instead.") && chinese.contains("请改用 CreateGadget。"))
        // Only in the default locale: Chinese falls back to English.
        #expect(chinese.contains("Widget name"))
        let color = try #require(pages["zh-CN/types/Color.md"])
        #expect(color.contains("| `red` | 红色 |") && color.contains("| `green` | Green |"))
    }

    @Test func wrapperAsyncAndErrorsAreDocumented() throws {
        let page = try #require(try Self.pages.get()["en/endpoints/CreateWidget.md"])
        #expect(MarkdownPageReader.row(named: "params.name", in: page) != nil)
        #expect(MarkdownPageReader.row(named: "systemTags", in: page) != nil)
        #expect(MarkdownPageReader.row(named: "params.parts[].partName", in: page) != nil)
        #expect(MarkdownPageReader.row(named: "params.labels.*.weight", in: page) != nil)
        #expect(page.contains("### 202 Accepted"))
        #expect(page.contains("### 503 Service Unavailable"))
        // Failure.cause recurses: cut off with a link, not expanded again.
        #expect(MarkdownPageReader.row(named: "inventory.lastFailure.cause", in: page)?[3].contains("Recursive") == true)
        #expect(MarkdownPageReader.row(named: "inventory.lastFailure.cause.code", in: page) == nil)
        let curl = try #require(MarkdownPageReader.codeBlocks(page).first { $0.info == "bash" }).code
        #expect(curl.contains("'http://{host}/v1/zones/{zoneUuid}/widgets?dryRun=true&tag=a%20b&tag=c%26d&labels.a=x%20y&labels.b=2'"))
        #expect(curl.contains("-H 'X-Job-UUID: 0123456789abcdef0123456789abcdef'"))
        #expect(curl.hasSuffix(#"-d '{"params":{"name":"w1","color":"red"},"systemTags":["it'\''s"]}'"#))
    }

    @Test func everyTemplateNameIsInItsRenderModel() throws {
        // `TemplateSet.render` throws for a name the model lacks; emitting pages that take
        // every optional branch (and the seed's) exercises every tag of every template.
        _ = try Self.pages.get()
        _ = try MarkdownTestSupport.emit(MarkdownTestSupport.repositoryModel())
        let templates = try MarkdownTestSupport.templates()
        for name in ["markdown/readme", "markdown/index", "markdown/endpoint", "markdown/type", "markdown/field-table", "markdown/field-section", "markdown/generated-notice"] {
            let source = try #require(templates.sources[name], "missing template \(name)")
            #expect(source.text.hasPrefix("{{% CONTENT_TYPE: TEXT}}"), "\(name) must not HTML-escape")
        }
    }
}
