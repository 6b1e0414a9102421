import APIGenCore
import Foundation
import Testing

/// The seed endpoint (UpdateGuestToolsState) documented from `api-specs/`: its pages in
/// both locales match their goldens, and the English page carries every fact of the
/// documentation page it was transcribed from (`shared/seed/000_16b27f49ecdefd85.txt`).
@Suite struct MarkdownSeedPageTests {
    static let pages = Result { try MarkdownTestSupport.emit(MarkdownTestSupport.repositoryModel()) }

    static func page(_ locale: String) throws -> String {
        try #require(try pages.get()["\(locale)/endpoints/UpdateGuestToolsState.md"])
    }

    @Test(arguments: ["en", "zh-CN"])
    func pageMatchesGolden(locale: String) throws {
        assertMatchesSnapshot(try Self.page(locale), at: "__Snapshots__/Markdown/UpdateGuestToolsState.\(locale).md")
    }

    // MARK: - Facts read off the seed page

    /// One field row of the seed page: its nesting (`error` > `code` is `error.code`), type,
    /// Required badge and description, as the page shows them.
    struct FieldFact: CustomStringConvertible, Sendable {
        var path: String
        var type: String
        var required: Bool
        var text: String
        var values: [(String, String)] = []

        var description: String { path }
    }

    static let pathParameters: [FieldFact] = [
        FieldFact(path: "vmInstanceUuid", type: "String", required: true, text: "Virtual Machine UUID"),
    ]

    static let bodyFields: [FieldFact] = [
        FieldFact(path: "systemTags", type: "List", required: false, text: "System Tags"),
        FieldFact(path: "userTags", type: "List", required: false, text: "User Tags"),
    ]

    static let responseFields: [FieldFact] = [
        FieldFact(path: "success", type: "boolean", required: true, text: "操作是否成功。"),
        FieldFact(path: "error", type: "ErrorCode", required: true, text: "Error code. If not null, the operation failed. When the operation succeeds, this field is null. For details, see error"),
        FieldFact(path: "error.code", type: "String", required: true, text: "Error code number, a globally unique identifier of the error, for example SYS.1000, HOST.1001"),
        FieldFact(path: "error.description", type: "String", required: true, text: "Brief description of the error"),
        FieldFact(path: "error.details", type: "String", required: true, text: "Detailed error information"),
        FieldFact(path: "error.elaboration", type: "String", required: true, text: "Reserved field, defaults to null"),
        FieldFact(path: "error.opaque", type: "LinkedHashMap", required: true, text: "Reserved field, defaults to null"),
        FieldFact(path: "error.cause", type: "ErrorCode", required: true, text: "Root cause. The error that triggered the current error. If there is no original error, this field is null"),
        FieldFact(path: "inventory", type: "GuestToolsStateInventory", required: true, text: "For details, see inventory"),
        FieldFact(path: "inventory.vmInstanceUuid", type: "String", required: true, text: "Virtual Machine UUID"),
        FieldFact(path: "inventory.version", type: "String", required: true, text: "Virtual Machine VMTools version"),
        FieldFact(path: "inventory.platform", type: "String", required: true, text: "Virtual Machine OS platform type"),
        FieldFact(path: "inventory.osType", type: "String", required: true, text: "Virtual Machine OS type"),
        FieldFact(path: "inventory.createDate", type: "Timestamp", required: true, text: "Creation time"),
        FieldFact(path: "inventory.lastOpDate", type: "Timestamp", required: true, text: "Last modification time"),
        FieldFact(path: "inventory.qgaState", type: "GuestToolsQgaState", required: true, text: "For details, see qgaState", values: [
            ("NotInstalled", "Not installed"), ("Running", "Running"), ("NotRunning", "Stopped"), ("NotUpgraded", "Pending upgrade"),
        ]),
        FieldFact(path: "inventory.zwatchState", type: "GuestToolsZWatchState", required: true, text: "For details, see zwatchState", values: [
            ("NotInstalled", "Not installed"), ("Running", "Running"), ("NotRunning", "Not running"),
        ]),
    ]

    /// The seed page's own words and values, each of which must appear in the English page.
    static let pageFacts = [
        "Compute Management", "VM Related Interfaces", "# Update Guest Tools State", "`PUT`", "4.6.21",
        "Synchronous", "Auth Required", "`Authorization: OAuth {sessionUuid}`",
        "`/zstack/v1/vm-instances/{vmInstanceUuid}/guesttools-state`", "`UpdateGuestToolsState`",
        "## Request Inputs", "### Path Parameters", "### Body Fields", "## Responses", "### 200 OK",
        "On success, this API returns the following response structure.",
        "## Request Example", "## Response Example", "**Status**: 200", "## Change History",
        "This API has no change history records yet.",
    ]

    static let curl = "curl -X PUT 'http://{host}/zstack/v1/vm-instances/{vmInstanceUuid}/guesttools-state' -H 'Authorization: OAuth {sessionUuid}' -H 'Content-Type: application/json;charset=UTF-8' -d '{\"systemTags\":[\"<systemTags>\"],\"userTags\":[\"<userTags>\"]}'"

    static let responseExample = #"{ "inventory": { "vmInstanceUuid": "321e85ca08b335e09f172041f7e710b5", "qgaState": "Running", "zwatchState": "Running", "version": "4.6.11", "platform": "Kylin", "osType": "Kylin" } }"#

    @Test func englishPageCarriesThePagesWords() throws {
        let page = try Self.page("en")
        for fact in Self.pageFacts {
            #expect(page.contains(fact), "missing: \(fact)")
        }
    }

    @Test(arguments: [("Path Parameters", pathParameters), ("Body Fields", bodyFields), ("200 OK", responseFields)])
    func englishPageCarriesEveryFieldRow(section: String, facts: [FieldFact]) throws {
        let page = try Self.page("en")
        let sectionText = try #require(Self.section(section, of: page))
        for fact in facts {
            guard let row = MarkdownPageReader.row(named: fact.path, in: sectionText) else {
                Issue.record("no row for \(fact.path) under \(section)")
                continue
            }
            #expect(row.count == 5, "\(fact.path): \(row)")
            let type = MarkdownPageReader.plainText(row[1])
            // The page lowercases `boolean` and drops generic arguments (`List`); the spec
            // transcribes them as `Boolean` and `List<String>`.
            #expect(type.lowercased() == fact.type.lowercased() || type.hasPrefix(fact.type + "<"), "\(fact.path): type \(type)")
            #expect((row[2].hasPrefix("Required")) == fact.required, "\(fact.path): badge \(row[2])")
            let description = MarkdownPageReader.plainText(row[3])
            #expect(description.hasPrefix(fact.text), "\(fact.path): \(description)")
            for (value, text) in fact.values {
                #expect(description.contains("\(value): \(text)"), "\(fact.path): value \(value)")
            }
        }
    }

    @Test func englishPageCarriesBothExamples() throws {
        let page = try Self.page("en")
        let blocks = MarkdownPageReader.codeBlocks(page)
        #expect(blocks.contains { $0.info == "bash" && $0.code == Self.curl })
        let json = try #require(blocks.first { $0.info == "json" }).code
        #expect(json.split(whereSeparator: \.isWhitespace).joined(separator: " ") == Self.responseExample)
    }

    @Test func chinesePageTranslatesThePagesWordsAndKeepsTheFacts() throws {
        let page = try Self.page("zh-CN")
        for word in ["必填", "请求示例", "响应示例", "同步", "需要认证", "变更历史", "该 API 暂无变更历史记录。", "路径参数", "请求体字段", "响应"] {
            #expect(page.contains(word), "missing: \(word)")
        }
        for english in ["Required", "Request Example", "Synchronous", "Auth Required", "Change History"] {
            #expect(!page.contains(english), "untranslated: \(english)")
        }
        // Untranslated API text falls back to the default locale.
        #expect(page.contains("# Update Guest Tools State"))
        #expect(page.contains("Virtual Machine UUID"))
        #expect(MarkdownPageReader.codeBlocks(page).contains { $0.code == Self.curl })
    }

    /// The page from the heading `### title` (or `## title`) to the next heading of that level or above.
    static func section(_ title: String, of page: String) -> String? {
        let lines = page.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0 == "### \(title)" || $0 == "## \(title)" }) else { return nil }
        let level = lines[start].prefix { $0 == "#" }.count
        let end = lines[(start + 1)...].firstIndex { line in
            let hashes = line.prefix { $0 == "#" }.count
            return hashes > 0 && hashes <= level && line.dropFirst(hashes).first == " "
        } ?? lines.endIndex
        return lines[start..<end].joined(separator: "\n")
    }
}
