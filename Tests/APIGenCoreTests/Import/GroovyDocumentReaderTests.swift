@testable import APIGenCore
import Foundation
import Testing

/// The reader of ZStack's documentation DSL (`*Doc_zh_cn.groovy`), on small files of our own that
/// use each construct the real files use, and on broken ones, which must fail at their line and column.
@Suite("ZStack documentation DSL reader")
struct GroovyDocumentReaderTests {
    static let apiPage = #"""
        package org.zstack.header.vm

        import org.zstack.header.vm.APIStartVmInstanceEvent

        doc {
            title "启动云主机(StartVmInstance)"

            category "vmInstance"

            desc """启动一个云主机
        第二行 "quoted" \u00e9"""

            rest {
                request {
        			url "PUT /v1/vm-instances/{uuid}/actions"

        			header (Authorization: 'OAuth the-session-uuid')

                    clz APIStartVmInstanceMsg.class

                    desc ""
        			params {
        				column {
        					name "uuid"
        					enclosedIn "startVmInstance"
        					location "url"
        					type "String"
        					optional false
        					since "0.6"
        					values ("Running","Stopped")
        				}
        				column { name "systemTags"; enclosedIn ''; type "List"; optional true } // a comment
        			}
                }
                /* a block
                   comment */
                response {
                    clz APIStartVmInstanceEvent.class
                }
            }
        }
        """#

    @Test("An API page: package, imports, nested closures, every quoting, calls with and without parentheses")
    func readsAnAPIPage() throws {
        let document = try GroovyDocumentReader.read(Self.apiPage, path: "APIStartVmInstanceMsgDoc_zh_cn.groovy")
        #expect(document.package == "org.zstack.header.vm")
        #expect(document.imports == ["org.zstack.header.vm.APIStartVmInstanceEvent"])
        let doc = try #require(document.calls.first)
        #expect(doc.name == "doc" && document.calls.count == 1)
        #expect(doc.call("title")?.arguments == [.string("启动云主机(StartVmInstance)")])
        #expect(doc.call("desc")?.arguments == [.string("启动一个云主机\n第二行 \"quoted\" é")])
        let request = try #require(doc.call("rest")?.call("request"))
        #expect(request.call("url")?.arguments == [.string("PUT /v1/vm-instances/{uuid}/actions")])
        #expect(request.call("header")?.arguments == [.map([GroovyMapEntry(key: "Authorization", value: .string("OAuth the-session-uuid"))])])
        #expect(request.call("clz")?.arguments == [.classLiteral("APIStartVmInstanceMsg")])
        #expect(request.call("desc")?.arguments == [.string("")])
        let columns = try #require(request.call("params")).calls("column")
        #expect(columns.count == 2)
        #expect(columns[0].call("optional")?.arguments == [.bool(false)])
        #expect(columns[0].call("values")?.arguments == [.string("Running"), .string("Stopped")])
        #expect(columns[1].call("enclosedIn")?.arguments == [.string("")])
        #expect(columns[1].call("optional")?.arguments == [.bool(true)])
        #expect(doc.call("rest")?.call("response")?.call("clz")?.arguments == [.classLiteral("APIStartVmInstanceEvent")])
        // Locations are the call names' line and column (a tab counts as one column).
        #expect(columns[0].location == SourceLocation(file: "APIStartVmInstanceMsgDoc_zh_cn.groovy", line: 23, column: 5))
    }

    @Test("An inventory page: fields and refs with class literals; numbers, null, lists and maps")
    func readsValues() throws {
        let text = """
            doc {
            \tfield { name "memorySize"; type "Long"; since "5.5.32" }
            \tref {
            \t\tname "vmNics"
            \t\tpath "org.zstack.header.vm.VmInstanceInventory.vmNics"
            \t\tclz VmNicInventory.class
            \t}
            \texample 1, -2, 3.5, 10L, null, [1, 'a'], [:], [k: "v", "q": [x: true]], java.lang.Long
            }
            """
        let doc = try #require(try GroovyDocumentReader.read(text, path: "x.groovy").calls.first)
        #expect(doc.call("field")?.call("type")?.arguments == [.string("Long")])
        #expect(doc.call("ref")?.call("clz")?.arguments == [.classLiteral("VmNicInventory")])
        #expect(doc.call("example")?.arguments == [
            .number("1"), .number("-2"), .number("3.5"), .number("10L"), .null, .list([.number("1"), .string("a")]), .map([]),
            .map([GroovyMapEntry(key: "k", value: .string("v")), GroovyMapEntry(key: "q", value: .map([GroovyMapEntry(key: "x", value: .bool(true))]))]),
            .name("java.lang.Long"),
        ])
    }

    struct Broken: CustomTestStringConvertible, Sendable {
        var label: String
        var text: String
        var expected: String
        var testDescription: String { label }
    }

    static let broken: [Broken] = [
        Broken(label: "a string that the line ends inside", text: "doc {\n  title \"open\n}\n",
               expected: "d.groovy:2:9: error: the string does not end; only a string in triple quotes may span lines"),
        Broken(label: "a triple-quoted string that the file ends inside", text: "doc {\n  desc '''never\nclosed\n",
               expected: "d.groovy:2:8: error: the string does not end; only a string in triple quotes may span lines"),
        Broken(label: "a closure that is never closed", text: "doc {\n  title \"t\"\n",
               expected: "d.groovy:3:1: error: expected '}', found the end of the file"),
        Broken(label: "a character that starts no token", text: "doc {\n  title @\"t\"\n}\n",
               expected: "d.groovy:2:9: error: unexpected character '@' in a documentation file"),
        Broken(label: "two statements on one line without ';'", text: "doc { title \"a\" desc \"b\" }\n",
               expected: "d.groovy:1:17: error: expected the end of the statement (a line break or ';'), found 'desc'"),
        Broken(label: "an argument list that is not closed", text: "doc {\n  header (a: 'b'\n}\n",
               expected: "d.groovy:3:1: error: expected ',' or ')', found '}'"),
        Broken(label: "a bad unicode escape", text: "doc { title \"\\u12\" }\n",
               expected: "d.groovy:1:14: error: expected four hexadecimal digits after '\\u', found '\\u12'"),
    ]

    @Test("A broken file is one error at its file:line:column", arguments: broken)
    func brokenFiles(_ example: Broken) {
        do {
            _ = try GroovyDocumentReader.read(example.text, path: "d.groovy")
            Issue.record("read without an error")
        } catch {
            #expect(error.diagnostic.formatted == example.expected)
        }
    }
}

/// Every documentation file of a zstackio/zstack checkout, when `APIGEN_ZSTACK_CHECKOUT` names one
/// (not in CI: the checkout is large): each must read without an error.
@Suite("ZStack documentation DSL reader on a ZStack checkout")
struct GroovyDocumentReaderCheckoutTests {
    static let checkout = ProcessInfo.processInfo.environment["APIGEN_ZSTACK_CHECKOUT"]

    @Test("Every *Doc_zh_cn.groovy file reads", .enabled(if: checkout != nil))
    func everyFileReads() throws {
        let root = try #require(Self.checkout)
        let files = (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix("Doc_zh_cn.groovy") }.sorted()
        #expect(!files.isEmpty)
        var failures: [String] = []
        var pages = 0
        for file in files {
            let path = root + "/" + file
            let text = try String(contentsOfFile: path, encoding: .utf8)
            do {
                let document = try GroovyDocumentReader.read(text, path: file)
                if ZStackDocPage.read(document) != nil { pages += 1 }
            } catch {
                failures.append(error.diagnostic.formatted)
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(files.count) files:\n\(failures.prefix(40).joined(separator: "\n"))")
        print("read \(files.count) documentation files, \(failures.count) failed; \(pages) API pages")
    }
}

/// The facts of an API page, as the importer maps them.
@Suite("ZStack documentation: API pages")
struct ZStackDocPageTests {
    @Test("An API page's title, category, URL, authorization, classes and parameters")
    func readsTheFacts() throws {
        let document = try GroovyDocumentReader.read(GroovyDocumentReaderTests.apiPage, path: "p.groovy")
        let page = try #require(ZStackDocPage.read(document))
        #expect(page.title == "启动云主机(StartVmInstance)" && page.category == "vmInstance")
        #expect(page.urls.count == 1)
        let url = try #require(page.urls.first?.methodAndPath)
        #expect(url.method == "PUT" && url.path == "/v1/vm-instances/{uuid}/actions")
        #expect(page.requiresAuthorization)
        #expect(page.requestClass == "APIStartVmInstanceMsg" && page.responseClass == "APIStartVmInstanceEvent")
        #expect(page.parameters.map(\.name) == ["uuid", "systemTags"])
        let uuid = page.parameters[0]
        #expect(uuid.location == "url" && uuid.enclosedIn == "startVmInstance" && !uuid.isOptional && uuid.since == "0.6")
        #expect(uuid.values == ["Running", "Stopped"])
        #expect(page.parameters[1].isOptional && page.parameters[1].enclosedIn.isEmpty && page.parameters[1].type == "List")
    }

    @Test("Several URLs are all kept, each with its line; one that is not 'METHOD /path' has no method and path")
    func severalURLs() throws {
        let text = "doc {\n  rest {\n    request {\n      url \"GET /v1/a\"\n      url \"GET /v1/a/{uuid}\"\n      url \"/v1/b\"\n    }\n  }\n}\n"
        let page = try #require(ZStackDocPage.read(try GroovyDocumentReader.read(text, path: "m.groovy")))
        #expect(page.urls.map(\.text) == ["GET /v1/a", "GET /v1/a/{uuid}", "/v1/b"])
        #expect(page.urls.map(\.location.line) == [4, 5, 6])
        #expect(page.urls[1].methodAndPath?.path == "/v1/a/{uuid}")
        #expect(page.urls[2].methodAndPath == nil)
        #expect(!page.requiresAuthorization)
    }

    @Test("'params SomeClass.class' names the class whose page documents the parameters")
    func sharedParameters() throws {
        let text = "doc {\n  rest {\n    request {\n      url \"GET /v1/zones\"\n      params APIQueryMessage.class\n    }\n  }\n}\n"
        let page = try #require(ZStackDocPage.read(try GroovyDocumentReader.read(text, path: "q.groovy")))
        #expect(page.parametersClass == "APIQueryMessage" && page.parameters.isEmpty)
    }

    @Test("An inventory's doc is not an API page")
    func inventoryIsNotAPage() throws {
        let document = try GroovyDocumentReader.read("doc {\n  field { name \"uuid\"; type \"String\" }\n}\n", path: "i.groovy")
        #expect(ZStackDocPage.read(document) == nil)
    }
}
