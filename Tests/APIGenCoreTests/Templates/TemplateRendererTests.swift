@testable import APIGenCore
import Testing

/// apigen's renderer on the mustache features templates use, and on the whitespace rules that are
/// easy to get wrong (the official spec suite is `MustacheSpecTests`).
@Suite("Template renderer")
struct TemplateRendererTests {
    /// A render model for tests: names and their values.
    struct Box: TemplateObject, @unchecked Sendable {
        var values: [String: TemplateValue]
        init(_ values: [String: TemplateValue]) { self.values = values }
        func templateValue(named name: String) -> TemplateValue? { values[name] }
    }

    static let model = Box([
        "name": .text("abc"),
        "outer": .text("from outside"),
        "html": .text("<a href='x'>&\" <\u{301}"),
        "multi": .text("x\ny"),
        "yes": .flag(true),
        "no": .flag(false),
        "nothing": .null,
        "count": 42.templateValue,
        "lines": ["first", "second"].templateValue,
        "empty": [String]().templateValue,
        "items": [Box(["name": .text("one"), "tags": ["a", "b"].templateValue]), Box(["name": .text("two"), "tags": [String]().templateValue])]
            .templateValue,
        "child": .object(Box(["name": .text("inner")])),
    ])

    struct Case: CustomTestStringConvertible, Sendable {
        var label: String
        var templates: [String: String]
        var expected: String

        var testDescription: String { label }
    }

    static let cases: [Case] = [
        Case(
            label: "standalone section lines vanish",
            templates: ["main": "{{% CONTENT_TYPE: TEXT}}\nlist:\n{{#items}}\n  - {{name}}\n{{/items}}\n{{^empty}}\n  none\n{{/empty}}\nend\n"],
            expected: "list:\n  - one\n  - two\n  none\nend\n"),
        Case(
            label: "an indented standalone partial indents every line it renders, but not the lines inside a value",
            templates: [
                "main": "{{% CONTENT_TYPE: TEXT}}\nstruct A {\n    {{> body}}\n}\n",
                "body": "{{% CONTENT_TYPE: TEXT}}\nlet a = 1\n{{#lines}}\n{{.}}\n{{/lines}}\nlet b = {{multi}}\n",
            ],
            expected: "struct A {\n    let a = 1\n    first\n    second\n    let b = x\ny\n}\n"),
        Case(
            // Every element of a list is indented, and an empty line stays empty.
            label: "a partial in a list, nested partials add their indentation",
            templates: [
                "main": "{{% CONTENT_TYPE: TEXT}}\n{{#items}}\n  {{> item}}\n{{/items}}\n",
                "item": "{{% CONTENT_TYPE: TEXT}}\n{{name}}:\n  {{> tags}}\n\ndone\n",
                "tags": "{{% CONTENT_TYPE: TEXT}}\n{{#tags}}\n[{{.}}]\n{{/tags}}\n{{^tags}}\nno tags\n{{/tags}}\n",
            ],
            expected: "  one:\n    [a]\n    [b]\n\n  done\n  two:\n    no tags\n\n  done\n"),
        Case(
            label: "HTML escaping unless the content type is TEXT or the tag is triple or &",
            templates: ["main": "{{html}}|{{{html}}}|{{&html}}\n{{> text}}", "text": "{{% CONTENT_TYPE: TEXT}}{{html}}"],
            expected: "&lt;a href=&#39;x&#39;&gt;&amp;&quot; <\u{301}|<a href='x'>&\" <\u{301}|<a href='x'>&\" <\u{301}\n<a href='x'>&\" <\u{301}"),
        Case(
            label: "dotted, anchored and outer names",
            templates: ["main": "{{#child}}{{name}} {{.name}} {{outer}} {{child.name}} {{count}}{{/child}}"],
            expected: "inner inner from outside inner 42"),
        Case(
            label: "flags, absent values, text as a section, an empty list's inverted section",
            templates: [
                "main": "{{#yes}}Y{{/yes}}{{^yes}}N{{/yes}}{{#no}}Y{{/no}}{{^no}}N{{/no}} {{yes}} [{{nothing}}]"
                    + "{{#nothing}}x{{/nothing}}{{^nothing}}y{{/nothing}} {{#name}}{{name}}!{{/name}} {{^empty}}{{outer}}{{/empty}}"
            ],
            expected: "YN true []y abc! from outside"),
        Case(
            label: "CRLF lines: standalone tags and partial indentation",
            templates: [
                "main": "{{% CONTENT_TYPE: TEXT}}\r\na\r\n{{#items}}\r\n{{name}}\r\n{{/items}}\r\n  {{> crlf}}\r\nb\r\n",
                "crlf": "{{% CONTENT_TYPE: TEXT}}\r\n1\r\n2\n3\r\n",
            ],
            expected: "a\r\none\r\ntwo\r\n  1\r\n2\n  3\r\nb\r\n"),
        Case(
            label: "comments and set delimiters",
            templates: ["main": "{{! a comment }}\n{{=<% %>=}}\n<%name%>\n<%={{ }}=%>\n{{name}}\n"],
            expected: "abc\nabc\n"),
    ]

    @Test("Renders each feature as expected", arguments: cases)
    func renders(_ example: Case) throws {
        let templates = try Self.templateSet(example.templates)
        #expect(try templates.render("main", Self.model) == example.expected)
    }

    @Test("A name nothing answers is an error at its line and column, dotted names included")
    func missingNames() throws {
        let templates = try Self.templateSet(["main": "line one\n  {{#child}}{{child.nope}}{{/child}} {{absent}}\n"])
        #expect(throws: TemplateError.self) { try templates.render("main", Self.model) }
        do {
            _ = try templates.render("main", Self.model)
        } catch {
            #expect(error.diagnostics.map(\.formatted) == [
                "templates/main.mustache:2:13: error: template 'main' uses 'child.nope', which its render model does not have",
                "templates/main.mustache:2:38: error: template 'main' uses 'absent', which its render model does not have",
            ])
        }
    }

    @Test("A partial that is not a template is an error, not empty text")
    func missingPartial() throws {
        let templates = try Self.templateSet(["main": "a\n{{> nowhere}}\n"])
        do {
            _ = try templates.render("main", Self.model)
            Issue.record("rendered")
        } catch {
            #expect(error.diagnostics.map(\.formatted) == [
                "templates/main.mustache:2:1: error: template 'main' includes the partial 'nowhere', which is not a template"
            ])
        }
    }

    @Test("A transform, which templates cannot use, is a syntax error at its file, line and column")
    func rejectsTransforms() throws {
        let error = try #require(
            #expect(throws: TemplateError.self) { try Self.templateSet(["main": "ok\n {{uppercased(name)}}", "other": "{{name}}"]) })
        #expect(
            error.diagnostics.map(\.formatted) == [
                "templates/main.mustache:2:2: error: template syntax error: transforms ('uppercased(name)') are not supported"
            ])
    }

    static func templateSet(_ texts: [String: String]) throws -> TemplateSet {
        try TemplateSet(sources: texts.mapValues { TemplateSet.TemplateSource(path: "templates/main.mustache", text: $0) }
            .reduce(into: [:]) { result, entry in
                result[entry.key] = TemplateSet.TemplateSource(path: "templates/\(entry.key).mustache", text: entry.value.text)
            })
    }
}
