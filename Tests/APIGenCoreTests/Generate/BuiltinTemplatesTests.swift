import Foundation
import Testing

@testable import APIGenCore
import APIGenTemplates

/// apigen renders with the templates its build copied into its resource bundle: exactly `templates/`.
@Suite("Built-in templates")
struct BuiltinTemplatesTests {
    @Test("The built-in templates are the files in templates/, found in apigen's resource bundle")
    func bundledCopyMatchesFolder() throws {
        let folder = TestPaths.packageRoot.appendingPathComponent("templates")
        var onDisk: [String: String] = [:]
        for case let relative as String in FileManager.default.enumerator(atPath: folder.path)?.allObjects ?? []
        where relative.hasSuffix(".mustache") {
            onDisk[String(relative.dropLast(".mustache".count))] = try String(
                contentsOf: folder.appendingPathComponent(relative), encoding: .utf8)
        }
        #expect(!onDisk.isEmpty)
        let bundled = try #require(BundledTemplates.folder)
        #expect(bundled.contains("_APIGenTemplates") && bundled.hasSuffix(".resources"), "found \(bundled), not the resource bundle")
        let builtin = try TemplateSet.builtinSources()
        #expect(builtin.keys.sorted() == onDisk.keys.sorted())
        for (name, text) in onDisk {
            #expect(builtin[name]?.text == text, "templates/\(name).mustache differs from its bundled copy")
            #expect(builtin[name]?.isBuiltin == true)
            #expect(builtin[name]?.path == "templates/\(name).mustache")
        }
    }

    @Test("A user's template folder overrides built-ins file by file")
    func overridesFileByFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("apigen-templates-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("swift-client"), withIntermediateDirectories: true)
        try Data("{{% CONTENT_TYPE: TEXT}}\n// mine: {{name}}\n".utf8).write(to: folder.appendingPathComponent("swift-client/Enum.swift.mustache"))
        let templates = try TemplateSet.builtin(overriddenBy: [folder.path])
        #expect(templates.sources["swift-client/Enum.swift"]?.isBuiltin == false)
        #expect(templates.sources["swift-client/Object.swift"]?.isBuiltin == true)
    }

    @Test("A template naming something the render model lacks is an error at its line and column")
    func missingNameIsAnError() throws {
        struct Model: TemplateObject {
            let name = "X"
            func templateValue(named name: String) -> TemplateValue? { name == "name" ? self.name.templateValue : nil }
        }
        let templates = try TemplateSet(sources: [
            "t": .init(path: "my/t.mustache", text: "{{% CONTENT_TYPE: TEXT}}\nname: {{name}}\n  {{nmae}}\n")
        ])
        #expect(throws: TemplateError.self) { try templates.render("t", Model()) }
        do {
            _ = try templates.render("t", Model())
        } catch {
            #expect(error.diagnostics.map(\.formatted) == [
                "my/t.mustache:3:3: error: template 't' uses 'nmae', which its render model does not have"
            ])
        }
    }

    @Test("A template syntax error is reported at its file, line and column")
    func syntaxErrorHasLocation() {
        do {
            _ = try TemplateSet(sources: ["t": .init(path: "my/t.mustache", text: "line one\n{{#open}}\nno close\n")])
            Issue.record("expected a syntax error")
        } catch {
            #expect(error.diagnostics.count == 1)
            #expect(error.diagnostics.first?.location.file == "my/t.mustache")
            #expect(error.diagnostics.first?.message.hasPrefix("template syntax error:") == true)
        }
    }
}
