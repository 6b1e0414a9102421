import APIGenCore
import Testing

/// The escapes that keep spec text from becoming Markdown or HTML.
@Suite struct MarkdownTextTests {
    @Test(arguments: [
        ("plain text, with punctuation.", "plain text, with punctuation."),
        ("a | b", "a &#124; b"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("*a* _b_ `c` [d](e) ![f](g)", "\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\!\\[f\\](g)"),
        ("x & y ~~z~~ \\", "x &amp; y &#126;&#126;z&#126;&#126; \\\\"),
        ("line one\nline two\r\nline three", "line one<br>line two<br>line three"),
        ("# not a heading", "\\# not a heading"),
    ])
    func inlineEscapes(text: String, expected: String) {
        #expect(MarkdownText.inline(text) == expected)
    }

    @Test func blockTextCannotStartABlock() {
        #expect(MarkdownText.block("- item") == "\\- item")
        #expect(MarkdownText.block("+ item") == "\\+ item")
        #expect(MarkdownText.block("12. item") == "12\\. item")
        #expect(MarkdownText.block("3) item") == "3\\) item")
        #expect(MarkdownText.block("    code?") == "code?")
        #expect(MarkdownText.block("> quote\n---") == "&gt; quote<br>---")
        #expect(MarkdownText.block("one\n\n\n- two") == "one\n\n\\- two")
    }

    @Test func cellsKeepParagraphsOnOneLine() {
        #expect(MarkdownText.cell("one\ntwo\n\nthree") == "one<br>two<br><br>three")
    }

    @Test func codeSpansOnlyWhenSafe() {
        #expect(MarkdownText.code("List<String>") == "`List<String>`")
        #expect(MarkdownText.code("a|b") == "a&#124;b")
        #expect(MarkdownText.code("a`b") == "a\\`b")
        #expect(MarkdownText.code(" padded") == "padded")
    }

    @Test func fencesOutgrowTheirContent() {
        #expect(MarkdownText.fence(for: "no ticks") == "```")
        #expect(MarkdownText.fence(for: "a ```` b") == "`````")
    }

    @Test func linkDestinationsArePercentEncoded() {
        #expect(MarkdownText.linkDestination("../types/ErrorCode.md#a-b") == "../types/ErrorCode.md#a-b")
        #expect(MarkdownText.linkDestination("类型 (x).md") == "%E7%B1%BB%E5%9E%8B%20%28x%29.md")
    }

    @Test func anchorsFollowGitHub() {
        var anchors = HeadingAnchors()
        #expect(anchors.next("VM Related Interfaces") == "vm-related-interfaces")
        #expect(anchors.next("Cat | One") == "cat--one")
        #expect(anchors.next("Cat | One") == "cat--one-1")
        #expect(anchors.next("类型") == "类型")
        #expect(anchors.next("API_v2.0 (beta)!") == "api_v20-beta")
    }

    @Test func layoutLinksAreRelative() {
        #expect(MarkdownLayout.link(from: "en/endpoints/A.md", to: "en/types/B.md") == "../types/B.md")
        #expect(MarkdownLayout.link(from: "en/endpoints/A.md", to: "zh-CN/endpoints/A.md") == "../../zh-CN/endpoints/A.md")
        #expect(MarkdownLayout.link(from: "en/index.md", to: "en/endpoints/A.md") == "endpoints/A.md")
        #expect(MarkdownLayout.link(from: "README.md", to: "en/index.md") == "en/index.md")
        #expect(MarkdownLayout.link(from: "en/types/B.md", to: "en/types/B.md") == "B.md")
        #expect(MarkdownLayout.endpoint("../x", locale: "en") == "en/endpoints/_.._x.md")
    }
}
