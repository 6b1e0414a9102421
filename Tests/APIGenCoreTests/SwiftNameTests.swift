@testable import APIGenCore
import Testing

/// The naming layer every emitter shares.
@Suite("Swift names")
struct SwiftNameTests {
    @Test("Keywords are escaped with backticks", arguments: [
        ("default", "`default`"), ("protocol", "`protocol`"), ("class", "`class`"), ("Default", "`default`"),
        ("in", "`in`"), ("true", "`true`"),
    ])
    func keywords(apiName: String, identifier: String) {
        #expect(SwiftName.lowerCamel(apiName) == identifier)
    }

    @Test("Names that backticks cannot rescue get a trailing underscore", arguments: [
        ("self", "selfValue", "SelfValue"), ("Self", "selfValue", "SelfValue"), ("init", "initValue", "Init"), ("Type", "type", "TypeValue"),
        ("hashValue", "hashValueField", "HashValue"), ("protocol", "`protocol`", "ProtocolValue"),
    ])
    func reservedMembers(apiName: String, lower: String, upper: String) {
        #expect(SwiftName.lowerCamel(apiName) == lower)
        #expect(SwiftName.upperCamel(apiName) == upper)
    }

    @Test("After a dot, escaped keywords lose their backticks")
    func memberSpelling() {
        #expect(SwiftName.member(SwiftName.lowerCamel("default")) == "default")
        #expect(SwiftName.member(SwiftName.lowerCamel("vm-uuid")) == "vmUuid")
        #expect(SwiftName.member(SwiftName.lowerCamel("self")) == "selfValue")
    }

    @Test("A leading digit gets an underscore in front", arguments: [
        ("2fa", "_2fa", "_2fa"), ("3d-model", "_3dModel", "_3dModel"), ("v2", "v2", "V2"),
    ])
    func leadingDigits(apiName: String, lower: String, upper: String) {
        #expect(SwiftName.lowerCamel(apiName) == lower)
        #expect(SwiftName.upperCamel(apiName) == upper)
    }

    @Test("Hyphens, underscores and spaces separate words", arguments: [
        "vm-uuid", "vm_uuid", "vm uuid", "vm--uuid", " vm uuid ", "vm.uuid",
    ])
    func separators(apiName: String) {
        #expect(SwiftName.lowerCamel(apiName) == "vmUuid")
        #expect(SwiftName.upperCamel(apiName) == "VmUuid")
    }

    @Test("Camel case inside a word is kept")
    func camelCaseIsKept() {
        #expect(SwiftName.lowerCamel("guestToolsState") == "guestToolsState")
        #expect(SwiftName.upperCamel("guestToolsState") == "GuestToolsState")
        #expect(SwiftName.lowerCamel("UpdateGuestToolsState") == "updateGuestToolsState")
    }

    @Test("Leading acronyms are lowercased whole, up to the next word", arguments: [
        ("UUID", "uuid", "UUID"), ("URLPath", "urlPath", "URLPath"), ("VMInstance", "vmInstance", "VMInstance"),
        ("Id", "id", "Id"), ("ID", "id", "ID"), ("UUIDs", "uuids", "UUIDs"), ("VMsByZone", "vmsByZone", "VMsByZone"),
        ("iOSVersion", "iOSVersion", "IOSVersion"), ("A", "a", "A"), ("AString", "aString", "AString"),
    ])
    func acronyms(apiName: String, lower: String, upper: String) {
        #expect(SwiftName.lowerCamel(apiName) == lower)
        #expect(SwiftName.upperCamel(apiName) == upper)
    }

    @Test("Non-ASCII letters are kept", arguments: [
        ("名前", "名前", "名前"), ("café", "café", "Café"), ("Éclair", "éclair", "Éclair"), ("cafe\u{301}-au-lait", "cafe\u{301}AuLait", "Cafe\u{301}AuLait"),
    ])
    func nonASCII(apiName: String, lower: String, upper: String) {
        #expect(SwiftName.lowerCamel(apiName) == lower)
        #expect(SwiftName.upperCamel(apiName) == upper)
    }

    @Test("Names without a word are spelt by their code points, so they stay valid and apart", arguments: [
        ("-", "_2D"), ("+", "_2B"), ("--", "_2D_2D"), ("_", "_5F"), ("", "__"), ("?!", "_3F_21"),
    ])
    func punctuationOnly(apiName: String, identifier: String) {
        #expect(SwiftName.lowerCamel(apiName) == identifier)
        #expect(SwiftName.upperCamel(apiName) == identifier)
    }

    @Test("Every result is a valid identifier", arguments: [
        "default", "self", "2fa", "vm-uuid", "UUID", "名前", "café", "-", "", "_", "$", "a b c", "😀", "x\u{301}",
    ])
    func resultsAreIdentifiers(apiName: String) {
        for identifier in [SwiftName.bare(apiName, upperFirst: false), SwiftName.bare(apiName, upperFirst: true)] {
            let scalars = Array(identifier.unicodeScalars)
            #expect(identifier != "_")
            #expect(scalars.first.map(SwiftName.isIdentifierHead) == true, "\(identifier)")
            #expect(scalars.dropFirst().allSatisfy { SwiftName.isIdentifierBody($0) || $0 == "_" }, "\(identifier)")
        }
    }

    @Test("Different spellings of one name collide, and the collision checker says so")
    func collisions() {
        #expect(SwiftName.lowerCamel("vm-uuid") == SwiftName.lowerCamel("vmUuid"))
        #expect(SwiftName.lowerCamel("in-progress") == SwiftName.lowerCamel("InProgress"))
        #expect(SwiftName.upperCamel("Get_Vm") == SwiftName.upperCamel("GetVm"))
        #expect(SwiftName.lowerCamel("-") != SwiftName.lowerCamel("+"))
        #expect(SwiftName.lowerCamel("UUIDs") != SwiftName.lowerCamel("uuiDs"))

        let origin = Origin(SourceLocation(file: "t.yaml", line: 1, column: 1))
        let fields = ["vm-uuid", "vm_uuid", "name"].enumerated().map { index, name in
            Field(name: name, type: .string, typeSpelling: "String", origin: Origin(SourceLocation(file: "t.yaml", line: index + 1, column: 3)))
        }
        let type = NamedType(name: "Vm", description: .empty, kind: .object(fields), origin: origin)
        var checker = NameCollisionChecker()
        checker.check(APIModel(settings: .defaults, endpoints: [], types: [type]))
        #expect(checker.diagnostics.diagnostics.map(\.formatted) == [
            "t.yaml:2:3: error: field 'vm_uuid' and field 'vm-uuid' both become the Swift name 'vmUuid'; rename one of them\n"
                + "t.yaml:1:3: note: 'vm-uuid' is here"
        ])
    }
}

/// A spec type never takes the name of a type that the client's runtime declares.
@Suite("Swift names and the runtime")
struct SwiftRuntimeNameTests {
    @Test("Every type the client runtime's templates declare is a support name, which a spec type may not take")
    func runtimeTypesAreSupportNames() throws {
        let declaration = try Regex(#"(?:struct|class|enum|protocol|typealias|actor) \{\{prefix\}\}([A-Za-z]+)"#)
        let runtime = try TemplateSet.builtinSources().filter { $0.key.hasPrefix("swift-client/runtime/") }
        var declared: Set<String> = []
        for source in runtime.values {
            for match in source.text.matches(of: declaration) {
                if let name = match.output[1].substring { declared.insert(String(name)) }
            }
        }
        #expect(declared.count > 20, "found \(declared.sorted())")
        let names = SwiftNames(prefix: "ZStack")
        for suffix in declared.sorted() {
            #expect(SwiftNames.isSupportName("ZStack" + suffix, prefix: "ZStack"), "ZStack\(suffix) is not a support name")
            #expect(names.typeName("ZStack" + suffix) == "ZStackZStack" + suffix)
        }
    }
}
