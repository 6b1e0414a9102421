@testable import APIGenCore
import Foundation
import Testing

/// apigen's mustache parser on malformed templates: each is an error with a line, a column and a
/// message. (What well-formed templates render to is `MustacheSpecTests` and the renderer's tests;
/// that the built-in templates parse as they did under swift-mustache, which apigen used before,
/// is shown by every checked-in generated file staying the same bytes.)
@Suite("Mustache parser")
struct MustacheParserTests {
    // MARK: - Errors

    struct ErrorCase: Sendable, CustomTestStringConvertible {
        var label: String
        var template: String
        var line: Int
        var column: Int
        var message: String

        var testDescription: String { label }
    }

    static let errorCases: [ErrorCase] = [
        ErrorCase(
            label: "an unclosed section, at its opening tag",
            template: "line one\n{{#open}}\nno close\n", line: 2, column: 1, message: "section 'open' is never closed"),
        ErrorCase(
            label: "an unclosed inner section",
            template: "{{#a}}\n  x {{^b}}\n{{/a}}\n", line: 3, column: 1, message: "closing tag 'a' does not match the open section 'b'"),
        ErrorCase(
            label: "a mismatched closing tag",
            template: "a\n  {{#a}}x{{/b}}\n", line: 2, column: 10, message: "closing tag 'b' does not match the open section 'a'"),
        ErrorCase(
            label: "a closing tag without a section",
            template: "x\n{{/a}}", line: 2, column: 1, message: "closing tag 'a' has no open section"),
        ErrorCase(
            label: "an unterminated tag",
            template: "hello\nsay {{name", line: 2, column: 5, message: "unterminated tag: no '}}' before the end of the template"),
        ErrorCase(
            label: "an unterminated triple mustache",
            template: "{{{name}}", line: 1, column: 1, message: "unterminated tag: no '}}}' before the end of the template"),
        ErrorCase(
            label: "a start delimiter at the end",
            template: "text {{", line: 1, column: 6, message: "unterminated tag: '{{' at the end of the template"),
        ErrorCase(
            label: "an unterminated comment",
            template: "\n\n  {{! no end }\n", line: 3, column: 3, message: "unterminated comment: no '}}' before the end of the template"),
        ErrorCase(
            label: "a space inside a name",
            template: "{{first name}}", line: 1, column: 9, message: "unexpected 'n' in tag: expected '}}'"),
        ErrorCase(
            label: "an empty name",
            template: "a {{ }} b", line: 1, column: 3, message: "tag without a name"),
        ErrorCase(
            label: "an empty section name",
            template: "{{#}}{{/}}", line: 1, column: 1, message: "tag without a name"),
        ErrorCase(
            label: "an empty partial name",
            template: "{{> }}", line: 1, column: 1, message: "partial tag without a name"),
        ErrorCase(
            label: "a set-delimiter tag without its closing '='",
            template: "x\n{{=<% %>}}\n", line: 2, column: 1, message: "invalid set-delimiter tag: expected '{{=START END=}}'"),
        ErrorCase(
            label: "a set-delimiter tag with one delimiter",
            template: "{{=<%=}}", line: 1, column: 1, message: "invalid set-delimiter tag: expected '{{=START END=}}'"),
        ErrorCase(
            label: "an unknown content type",
            template: "{{% CONTENT_TYPE: JSON}}\n", line: 1, column: 1, message: "unknown content type 'JSON': expected TEXT or HTML"),
        ErrorCase(
            label: "a transform",
            template: "{{uppercased(name)}}", line: 1, column: 1, message: "transforms ('uppercased(name)') are not supported"),
        ErrorCase(
            label: "an inheritance tag",
            template: "{{<parent}}{{/parent}}", line: 1, column: 1, message: "template inheritance ('<') is not supported"),
        ErrorCase(
            label: "errors after new delimiters name them",
            template: "{{=<% %>=}}\n<%#a%>\n<%/b%>\n", line: 3, column: 1, message: "closing tag 'b' does not match the open section 'a'"),
    ]

    @Test("A malformed template is an error at a line and column", arguments: errorCases)
    func syntaxError(_ errorCase: ErrorCase) {
        do {
            let nodes = try MustacheParser.parse(errorCase.template)
            Issue.record("parsed: \(Self.dump(nodes))")
        } catch {
            #expect(error.line == errorCase.line)
            #expect(error.column == errorCase.column)
            #expect(error.kind.text == "template syntax error: \(errorCase.message)")
        }
    }

    // MARK: - Support

    /// Nodes as indented lines, for failure messages.
    static func dump(_ nodes: [CompiledTemplate.Node], depth: Int = 0) -> String {
        let indent = String(repeating: "  ", count: depth)
        return nodes.map { node in
            switch node {
            case .text(let text): "\(indent)text \(String(reflecting: text))"
            case .variable(let name, let escaped): "\(indent)\(escaped ? "variable" : "unescaped") \(name.text)"
            case .section(let name, let body, let inverted):
                "\(indent)\(inverted ? "inverted" : "section") \(name.text)\n" + dump(body.nodes, depth: depth + 1)
            case .partial(let name, let indentation): "\(indent)partial \(name) indentation \(String(reflecting: indentation))"
            case .contentType(let escaping): "\(indent)content type \(escaping)"
            }
        }.joined(separator: "\n")
    }
}
